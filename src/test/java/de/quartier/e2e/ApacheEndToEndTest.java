package de.quartier.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The published site served by Debian's Apache httpd 2.4 with deploy/apache/htaccess as the
 * .htaccess of the folder above the releases (as its comment says), behind a minimal server
 * configuration: the Alias and AllowOverride a city's server has.
 */
class ApacheEndToEndTest extends WebServerEndToEndTest {
    static final Path APACHE = Path.of(System.getProperty("quartier.e2e.apache", "/usr/sbin/apache2"));
    static final Path MODULES = Path.of("/usr/lib/apache2/modules");
    static final String HTACCESS = "deploy/apache/htaccess";

    @Override
    Process start(Path www, int port, String tileHost, Path dir) throws Exception {
        if (!Files.isExecutable(APACHE))
            throw new IllegalStateException("Apache not found at " + APACHE + ": `apt-get install apache2` (Debian; .ci/run does this in CI)");
        String shipped = Files.readString(Path.of(HTACCESS), StandardCharsets.UTF_8);
        Files.writeString(www.resolve(".htaccess"), replaceOnce(HTACCESS, shipped,
                "img-src 'self' https://tile.openstreetmap.org", "img-src 'self' " + tileHost));
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) readableForOthers(temp);   // Apache's workers run as www-data
        StringBuilder modules = new StringBuilder();
        for (String m : new String[]{"mpm_event", "authz_core", "mime", "dir", "alias", "headers", "rewrite"})
            modules.append("LoadModule ").append(m).append("_module ").append(MODULES.resolve("mod_" + m + ".so")).append('\n');
        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(dir.resolve("httpd.conf"), """
                ServerRoot %1$s
                ServerName 127.0.0.1
                Listen 127.0.0.1:%2$d
                PidFile %1$s/httpd.pid
                ErrorLog %1$s/error.log
                %3$s%4$s
                TypesConfig /etc/mime.types
                DocumentRoot %1$s/empty
                Alias /quartiersentwicklung/ %5$s/
                <Directory %6$s>
                    AllowOverride All
                    Require all granted
                </Directory>
                """.formatted(dir, port, modules, root ? "User www-data\nGroup www-data\n" : "", www.resolve("current"), www));
        return new ProcessBuilder(APACHE.toString(), "-f", dir.resolve("httpd.conf").toString(), "-DFOREGROUND")
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
    }

    /** o+rX on everything below the test's folder, and on the folder itself. */
    private static void readableForOthers(Path top) throws Exception {
        try (Stream<Path> all = Files.walk(top)) {
            for (Path p : all.toList()) {
                if (Files.isSymbolicLink(p)) continue;
                Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(p));
                perms.add(PosixFilePermission.OTHERS_READ);
                if (Files.isDirectory(p)) perms.add(PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(p, perms);
            }
        }
    }

    @Override
    boolean redirectsTheBareAddress() {
        return false;   // outside the folder a .htaccess governs: the server's config (see the file's comment)
    }
}
