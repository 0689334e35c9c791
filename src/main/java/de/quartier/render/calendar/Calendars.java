package de.quartier.render.calendar;

import de.quartier.model.Offering;
import de.quartier.model.Quarter;
import de.quartier.render.Output;
import de.quartier.render.SiteView;
import de.quartier.render.Urls;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The iCalendar files: all current offerings, each offering, and each quarter's offerings. */
public final class Calendars {
    private final SiteView view;
    private final CalendarFiles files;

    /** The offerings whose calendars have events, worked out beside the rest of the plan (see {@link #Calendars}). */
    private final CompletableFuture<List<Offering>> withEvents;

    /**
     * Starts working out which offerings have events: the longest part of planning, so it runs on
     * another thread (the common pool's, or a thread of its own on two processors), in parallel on
     * the common pool, while the caller plans the other files (much of that on one thread).
     */
    public Calendars(SiteView view) {
        this.view = view;
        this.files = view.calendarFiles();
        // the events decide which offerings get a calendar: made on all processors, kept for the joined calendars
        this.withEvents = CompletableFuture.supplyAsync(() -> view.site().offerings().parallelStream().filter(files::hasEvents).toList());
    }

    /** The offerings with events; what the work threw is thrown as it was (an OutOfMemoryError stays one). */
    private List<Offering> withEvents() {
        try {
            return withEvents.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    public void plan(List<Output> out) {
        String offerings = view.t("nav.offerings");
        List<Offering> listed = view.relations().listedOfferings();
        out.add(Output.File.of(Urls.calendarPath("angebote/"),
                () -> files.calendar(view.site().config().title() + ": " + offerings, listed)).ofWholeSite());
        for (Offering o : withEvents())
            out.add(Output.File.of(Urls.calendarPath(Urls.pathOf(o)), () -> files.calendar(o)));
        for (Quarter q : view.site().quarters())
            out.add(Output.File.of(Urls.calendarPath(Urls.pathOf(q)),
                    () -> files.calendar(q.title() + ": " + offerings, view.relations().offeringsIn(q))));
    }
}
