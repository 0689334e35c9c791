package de.quartier.e2e;

import com.sun.net.httpserver.HttpServer;
import de.quartier.TestSites;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * A stand-in for the map's tile host (another host than the site's: localhost, where the site is
 * 127.0.0.1): answers every request with a 1×1 PNG and records the paths asked for, so a test sees
 * whether tiles were requested before or after the reader agreed.
 */
final class TileHost implements AutoCloseable {
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    private static final String OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    private final HttpServer server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    private TileHost(HttpServer server) {
        this.server = server;
    }

    static TileHost start() throws IOException {
        SiteServer.answerWithoutNagle();   // before the JVM's first HttpServer: it reads the setting once
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        TileHost host = new TileHost(server);
        server.createContext("/", exchange -> {
            host.requests.add(exchange.getRequestURI().getPath());
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, PNG.length);
            exchange.getResponseBody().write(PNG);
            exchange.close();
        });
        server.start();
        return host;
    }

    /** "http://localhost:PORT" */
    String origin() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The paths asked for so far (live; tests clear it). */
    List<String> requests() {
        return requests;
    }

    /** The example site (site-config.yml and content/) copied into {@code dir}, its tiles from this host. */
    Path copyExampleSite(Path dir) throws IOException {
        TestSites.copyExample(dir, false);
        Path config = dir.resolve("site-config.yml");
        String text = Files.readString(config, StandardCharsets.UTF_8);
        if (!text.contains(OSM_TILES)) throw new IllegalStateException("site-config.yml no longer names " + OSM_TILES);
        Files.writeString(config, text.replace(OSM_TILES, origin() + "/{z}/{x}/{y}.png"), StandardCharsets.UTF_8);
        return dir;
    }

    /** Waits until the page's map has loaded and asked this host for tiles. */
    void awaitLoadedMap(WebDriver d) {
        new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> "loaded".equals(
                x.findElement(By.cssSelector("div.map")).getAttribute("data-map-state")));
        new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> !requests.isEmpty());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
