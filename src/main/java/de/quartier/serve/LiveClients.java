package de.quartier.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The open tabs of the preview, each listening for Server-Sent Events: which page it shows and a
 * fingerprint of what it showed. After each change the preview works out each tab's page again
 * and tells only the tabs whose page changed to reload.
 */
final class LiveClients {
    /** One open tab: its page's path, the fingerprint of what it shows now, and the id its script chose. */
    private static final class Tab {
        final HttpExchange exchange;
        final String page;
        final String id;
        volatile String shown;

        Tab(HttpExchange exchange, String page, String id, String shown) {
            this.exchange = exchange;
            this.page = page;
            this.id = id;
            this.shown = shown;
        }
    }

    private final List<Tab> tabs = new CopyOnWriteArrayList<>();

    /**
     * Keeps the connection open for events. A tab whose page changed between loading and listening
     * is told at once.
     *
     * @param fingerprint what a page shows now, by its path
     */
    void listen(HttpExchange exchange, String page, String id, String shown, Function<String, String> fingerprint) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Tab tab = new Tab(exchange, page, id, shown);
        tabs.add(0, tab);
        send(tab, "event: hello\ndata: " + page + "\n\n");
        String now = fingerprint.apply(page);
        if (!now.equals(shown)) reload(tab, now);
    }

    /** A tab left its page (its script says so as the page goes): it is not worked for any more. */
    void left(String id) {
        for (Tab tab : tabs) {
            if (tab.id.equals(id)) {
                tabs.remove(tab);
                tab.exchange.close();
            }
        }
    }

    /** After a change: every tab whose page now looks different reloads, the tab opened last first. */
    void changed(Function<String, String> fingerprint) {
        for (Tab tab : tabs) {
            String now = fingerprint.apply(tab.page);
            if (!now.equals(tab.shown)) reload(tab, now);
        }
    }

    /** A comment line now and then: finds the tabs that were closed. */
    void ping() {
        for (Tab tab : tabs) send(tab, ": -\n\n");
    }

    private void reload(Tab tab, String now) {
        tab.shown = now;
        send(tab, "event: reload\ndata: " + tab.page + "\n\n");
    }

    private void send(Tab tab, String event) {
        // the server's thread (hello), the watcher's (reload) and the keep-alive's write to the same
        // stream, which is not safe for that: one event at a time, or two interleave and break it
        try {
            synchronized (tab) {
                OutputStream out = tab.exchange.getResponseBody();
                out.write(event.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            // the tab was closed
            tabs.remove(tab);
            tab.exchange.close();
        }
    }

    void closeAll() {
        for (Tab tab : tabs) tab.exchange.close();
        tabs.clear();
    }
}
