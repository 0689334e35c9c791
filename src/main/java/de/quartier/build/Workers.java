package de.quartier.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fixed number of threads working through a list: each takes the next item until none is
 * left. The first failure stops the others and is thrown to the caller, who runs one worker itself.
 */
final class Workers {
    /** What a worker does with one item. */
    interface Job<T> {
        void run(T item) throws IOException;
    }

    private Workers() {
    }

    static <T> void run(int count, List<T> items, Job<T> job) throws IOException {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < items.size() && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    job.run(items.get(i));
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            }
        };
        Thread[] threads = new Thread[Math.max(0, Math.min(count, items.size()) - 1)];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(work, "quartier-worker-" + (i + 1));
            threads[i].start();
        }
        work.run();
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.compareAndSet(null, e);
            }
        }
        Throwable t = failure.get();
        if (t instanceof IOException e) throw e;
        if (t instanceof UncheckedIOException e) throw e.getCause();
        if (t instanceof RuntimeException e) throw e;
        if (t instanceof Error e) throw e;
        if (t != null) throw new IllegalStateException(t);
    }
}
