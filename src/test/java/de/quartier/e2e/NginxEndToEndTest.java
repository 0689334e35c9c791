package de.quartier.e2e;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The published site served by Debian's nginx with deploy/nginx/quartiersentwicklung.conf. */
class NginxEndToEndTest extends WebServerEndToEndTest {
    static final Path NGINX = Path.of(System.getProperty("quartier.e2e.nginx", "/usr/sbin/nginx"));
    static final String CONFIG = "deploy/nginx/quartiersentwicklung.conf";

    @Override
    Process start(Path www, int port, String tileHost, Path dir) throws Exception {
        if (!Files.isExecutable(NGINX))
            throw new IllegalStateException("nginx not found at " + NGINX + ": `apt-get install nginx` (Debian; .ci/run does this in CI)");
        String shipped = Files.readString(Path.of(CONFIG), StandardCharsets.UTF_8);
        String conf = replaceOnce(CONFIG, replaceOnce(CONFIG, replaceOnce(CONFIG, shipped, "listen 8080;", "listen 127.0.0.1:" + port + ";"),
                "alias /var/www/quartiersentwicklung/current/;", "alias " + www.resolve("current") + "/;"),
                "img-src 'self' https://tile.openstreetmap.org", "img-src 'self' " + tileHost)
                .replace("alias /var/www/quartiersentwicklung/current/admin/;", "alias " + www.resolve("current") + "/admin/;");
        Files.createDirectories(dir.resolve("tmp"));
        Files.writeString(dir.resolve("site.conf"), conf);
        boolean root = "root".equals(System.getProperty("user.name"));
        Files.writeString(dir.resolve("nginx.conf"), (root ? "user root;\n" : "") + """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 64; }
                http {
                    access_log off;
                    default_type application/octet-stream;
                    client_body_temp_path %1$s/tmp/body;
                    proxy_temp_path %1$s/tmp/proxy;
                    fastcgi_temp_path %1$s/tmp/fastcgi;
                    uwsgi_temp_path %1$s/tmp/uwsgi;
                    scgi_temp_path %1$s/tmp/scgi;
                    include %1$s/site.conf;
                }
                """.formatted(dir));
        return new ProcessBuilder(NGINX.toString(), "-p", dir + "/", "-c", dir.resolve("nginx.conf").toString(), "-e", dir.resolve("error.log").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
    }

    @Override
    boolean redirectsTheBareAddress() {
        return true;
    }

    @Test
    void aFoldersSlashStaysOnTheReadersOwnHost() throws Exception {
        HttpResponse<Void> folder = http.send(HttpRequest.newBuilder(URI.create(base + "angebote")).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(301, folder.statusCode());
        assertEquals("/quartiersentwicklung/angebote/", folder.headers().firstValue("Location").orElse(""), "a relative Location");
    }
}
