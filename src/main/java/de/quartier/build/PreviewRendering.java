package de.quartier.build;

import de.quartier.render.Output;
import de.quartier.render.SiteRenderer;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The rendered site of one refresh: its plan, made in the background once asked for (the page
 * an editor looks at comes first, see {@link Preview#planAhead()}), and the files made so far.
 */
final class PreviewRendering {
    /** The site's files by path ({@code byPath}), and the bundles whose parts are known once made, by folder. */
    record Plan(Map<String, Output> byPath, Map<String, Output.Bundle> bundles) {
    }

    final PreviewState state;
    final SiteRenderer renderer;
    final Map<String, byte[]> media;
    final TemplateProblems templates;
    final FutureTask<Plan> plan;
    final Map<String, byte[]> made = new ConcurrentHashMap<>();
    private final AtomicBoolean planning = new AtomicBoolean();

    PreviewRendering(PreviewState state, SiteRenderer renderer, Map<String, byte[]> media, TemplateProblems templates) {
        this.state = state;
        this.renderer = renderer;
        this.media = media;
        this.templates = templates;
        this.plan = new FutureTask<>(() -> {
            Map<String, Output> byPath = new HashMap<>();
            Map<String, Output.Bundle> bundles = new HashMap<>();
            if (renderer != null) {
                for (Output o : renderer.plan(media)) {
                    if (o instanceof Output.Bundle b) bundles.put(b.path(), b);
                    else byPath.put(o.path(), o);
                }
            }
            return new Plan(byPath, bundles);
        });
    }

    boolean planStarted() {
        return planning.get();
    }

    /** Starts the plan unless it was started; true if this call started it. */
    boolean startPlan(Executor on) {
        if (!planning.compareAndSet(false, true)) return false;
        on.execute(plan);
        return true;
    }

    Plan plan(Executor on) {
        startPlan(on);
        try {
            return plan.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while planning the site", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
