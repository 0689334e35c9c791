package de.quartier.deploy;

import de.quartier.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The files of deploy/ that cities copy: the pipelines parse and use only keys their CI knows,
 * their Quartier command lines run as written on the example site, and deploy/publish switches
 * releases and rolls back in a temporary folder (the SSH part is the same commands over ssh).
 */
@Timeout(300)
class DeployFilesTest {
    private static final Set<String> GITHUB_JOB_KEYS = Set.of("name", "if", "runs-on", "steps", "environment", "needs", "permissions",
            "env", "concurrency", "timeout-minutes", "strategy", "outputs", "defaults", "services", "container");
    private static final Set<String> GITHUB_STEP_KEYS = Set.of("name", "id", "if", "uses", "with", "run", "env", "shell",
            "working-directory", "continue-on-error", "timeout-minutes");
    private static final Set<String> GITLAB_GLOBAL_KEYS = Set.of("stages", "default", "variables", "workflow", "include");
    private static final Set<String> GITLAB_JOB_KEYS = Set.of("stage", "rules", "script", "before_script", "after_script", "artifacts",
            "variables", "environment", "resource_group", "image", "cache", "needs", "tags", "when", "allow_failure", "timeout",
            "interruptible", "services");

    @TempDir
    Path temp;

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> yaml(String path) throws IOException {
        return (Map<Object, Object>) new Yaml().load(Files.readString(Path.of(path), StandardCharsets.UTF_8));
    }

    @Test
    @SuppressWarnings("unchecked")
    void githubWorkflowHasItsTriggersAndJobsWithKnownKeys() throws Exception {
        Map<Object, Object> w = yaml("deploy/github-workflow.yml");
        // YAML 1.1 reads the key `on` as true; GitHub reads it as "on"
        Map<String, Object> on = (Map<String, Object>) (w.containsKey("on") ? w.get("on") : w.get(Boolean.TRUE));
        assertTrue(on.keySet().containsAll(List.of("pull_request", "push", "schedule")), on.toString());
        String cron = (String) ((List<Map<String, Object>>) on.get("schedule")).get(0).get("cron");
        assertEquals(5, cron.trim().split("\\s+").length, "a five-field cron: " + cron);
        Map<String, Map<String, Object>> jobs = (Map<String, Map<String, Object>>) w.get("jobs");
        assertEquals(Set.of("check", "publish"), jobs.keySet());
        List<String> quartierLines = new ArrayList<>();
        for (var job : jobs.entrySet()) {
            assertTrue(GITHUB_JOB_KEYS.containsAll(job.getValue().keySet()), job.getKey() + ": " + job.getValue().keySet());
            assertTrue(job.getValue().get("runs-on") instanceof String, job.getKey());
            for (Map<String, Object> step : (List<Map<String, Object>>) job.getValue().get("steps")) {
                assertTrue(GITHUB_STEP_KEYS.containsAll(step.keySet()), step.toString());
                assertTrue(step.containsKey("uses") ^ step.containsKey("run"), "a step uses an action or runs a command: " + step);
                if (step.get("uses") instanceof String uses) assertTrue(uses.matches("[\\w-]+/[\\w-]+@v\\d+"), "a pinned action: " + uses);
                if (step.get("run") instanceof String run && run.startsWith("./quartier")) quartierLines.add(run.strip());
            }
        }
        assertTrue(quartierLines.contains("./quartier check --format github"), quartierLines.toString());
        runQuartierLines(quartierLines);
    }

    @Test
    @SuppressWarnings("unchecked")
    void gitlabPipelineHasItsStagesJobsAndCodeQualityReport() throws Exception {
        Map<Object, Object> p = yaml("deploy/gitlab-ci.yml");
        List<String> stages = (List<String>) p.get("stages");
        List<String> quartierLines = new ArrayList<>();
        int jobs = 0;
        for (var e : p.entrySet()) {
            String name = (String) e.getKey();
            if (GITLAB_GLOBAL_KEYS.contains(name)) continue;
            jobs++;
            Map<String, Object> job = (Map<String, Object>) e.getValue();
            assertTrue(GITLAB_JOB_KEYS.containsAll(job.keySet()), name + ": " + job.keySet());
            assertTrue(stages.contains(job.get("stage")), name + ": its stage is listed");
            for (String line : (List<String>) job.get("script")) if (line.startsWith("./quartier")) quartierLines.add(line);
        }
        assertEquals(2, jobs);
        Map<String, Object> check = (Map<String, Object>) p.get("check");
        String report = (String) ((Map<String, Object>) ((Map<String, Object>) check.get("artifacts")).get("reports")).get("codequality");
        assertTrue(((List<String>) check.get("script")).contains("./quartier check --format gitlab > " + report));
        runQuartierLines(quartierLines);
        assertEquals("[ ]", Files.readString(temp.resolve("site").resolve(report)).strip(), "the example site has nothing to report");
    }

    /** Runs the pipeline's Quartier lines as a shell runs them, in a copy of the example site (./quartier: the classes under test). */
    private void runQuartierLines(List<String> lines) throws Exception {
        Path site = temp.resolve("site");
        if (!Files.exists(site)) {
            TestSites.copyExample(site, false);
            Files.writeString(site.resolve("quartier"), "#!/bin/sh\nexec '" + javaBinary() + "' -cp '" + System.getProperty("java.class.path")
                    + "' de.quartier.cli.QuartierCommand \"$@\"\n");
            site.resolve("quartier").toFile().setExecutable(true);
        }
        for (String line : lines) {
            Process p = new ProcessBuilder("sh", "-c", line).directory(site.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), line + "\n" + out);
            assertFalse(out.contains("::error"), line + " reports no error: " + out);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void publishSwitchesReleasesKeepsTheLastFewAndRollsBack() throws Exception {
        Path target = temp.resolve("www");
        Path a = site("a", "Erste Fassung");
        Path b = site("b", "Zweite Fassung");
        assertEquals(0, publish(Map.of("RELEASE", "r1"), a.toString(), target.toString()));
        assertEquals("releases/r1", Files.readSymbolicLink(target.resolve("current")).toString());
        assertFalse(printed.contains("link-dest"), "the first release has nothing to link to, and no warning says so: " + printed);
        assertEquals(0, publish(Map.of("RELEASE", "r2"), b.toString(), target.toString()));
        assertEquals("releases/r2", Files.readSymbolicLink(target.resolve("current")).toString());
        assertTrue(Files.readString(target.resolve("current/index.html")).contains("Zweite Fassung"));
        assertEquals(inode(target.resolve("releases/r1/assets/style.css")), inode(target.resolve("releases/r2/assets/style.css")),
                "an unchanged file is a hard link to the previous release's");
        assertNotEquals(inode(target.resolve("releases/r1/index.html")), inode(target.resolve("releases/r2/index.html")));

        assertEquals(0, publish(Map.of("RELEASE", "r3", "KEEP", "2"), a.toString(), target.toString()));
        try (Stream<Path> s = Files.list(target.resolve("releases"))) {
            assertEquals(Set.of("r2", "r3"), Set.copyOf(s.map(p -> p.getFileName().toString()).toList()), "the last two kept");
        }
        assertEquals(0, publish(Map.of(), "--rollback", target.toString()));
        assertEquals("releases/r2", Files.readSymbolicLink(target.resolve("current")).toString());
        assertTrue(Files.readString(target.resolve("current/index.html")).contains("Zweite Fassung"));
        assertEquals(1, publish(Map.of(), "--rollback", target.toString()), "nothing before the oldest release");

        assertEquals(1, publish(Map.of(), temp.resolve("leer").toString(), target.toString()), "no built site, no release");
        assertEquals(2, publish(Map.of("RELEASE", "../x"), a.toString(), target.toString()), "a release name cannot leave releases/");
    }

    @Test
    void aRebuildIsLinkedByContentAHalfUploadIsNeverLiveAndRollbackReturnsToWhatWasLiveBefore() throws Exception {
        Path target = temp.resolve("www");
        Path a = site("a", "Erste Fassung");
        assertEquals(0, publish(Map.of("RELEASE", "r1"), a.toString(), target.toString()));
        // a build writes every file anew: same bytes, new times; still one file on the server
        for (Path f : List.of(a.resolve("index.html"), a.resolve("assets/style.css")))
            Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertEquals(0, publish(Map.of("RELEASE", "r2"), a.toString(), target.toString()));
        assertEquals(inode(target.resolve("releases/r1/assets/style.css")), inode(target.resolve("releases/r2/assets/style.css")),
                "linked by content, not by time");
        // the live release's name again: refused, the live folder untouched
        assertEquals(1, publish(Map.of("RELEASE", "r2"), site("b", "Zweite Fassung").toString(), target.toString()));
        assertTrue(Files.readString(target.resolve("current/index.html")).contains("Erste Fassung"));
        // what a dropped connection leaves: not a release, never rolled back to, gone with the next upload
        Files.createDirectories(target.resolve("releases/.partial-r3/assets"));
        assertEquals(0, publish(Map.of(), "--rollback", target.toString()));
        assertEquals("releases/r1", Files.readSymbolicLink(target.resolve("current")).toString());
        // rolled back from r2 (faulty), then r4 published: a rollback returns to r1, which was live before r4
        assertEquals(0, publish(Map.of("RELEASE", "r4"), site("b", "Zweite Fassung").toString(), target.toString()));
        assertFalse(Files.exists(target.resolve("releases/.partial-r3")), "a failed upload's folder is removed");
        assertEquals(0, publish(Map.of(), "--rollback", target.toString()));
        assertEquals("releases/r1", Files.readSymbolicLink(target.resolve("current")).toString(), "not r2, only next to r4 by name");
        assertEquals(1, publish(Map.of(), "--rollback", target.toString()), "nothing was live before r1");
    }

    @Test
    void publishOverSshRunsTheSameStepsOnTheServer() throws Exception {
        // stands in for ssh: drops the host and runs the command here, standard input passed through
        Path ssh = temp.resolve("fake-ssh");
        Files.writeString(ssh, "#!/bin/sh\nshift\nexec sh -c \"$*\"\n");
        ssh.toFile().setExecutable(true);
        Path target = temp.resolve("server/www");
        String remote = "web.example.org:" + target;
        Path a = site("a", "Erste Fassung");
        for (String release : List.of("r1", "r2", "r3"))
            assertEquals(0, publish(Map.of("RELEASE", release, "KEEP", "2", "SSH", ssh.toString()), a.toString(), remote), release);
        assertEquals("releases/r3", Files.readSymbolicLink(target.resolve("current")).toString());
        try (Stream<Path> s = Files.list(target.resolve("releases"))) {
            assertEquals(Set.of("r2", "r3"), Set.copyOf(s.map(p -> p.getFileName().toString()).toList()), "old releases go on the server too");
        }
        assertEquals(0, publish(Map.of("SSH", ssh.toString()), "--rollback", remote));
        assertEquals("releases/r2", Files.readSymbolicLink(target.resolve("current")).toString());
    }

    private Path site(String name, String text) throws IOException {
        Path dir = temp.resolve(name);
        if (Files.exists(dir)) return dir;
        Files.createDirectories(dir.resolve("assets"));
        Files.writeString(dir.resolve("index.html"), "<!doctype html><title>" + text + "</title>");
        Files.writeString(dir.resolve("assets/style.css"), "body { margin: 0; }");
        return dir;
    }

    private static Object inode(Path p) throws IOException {
        return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
    }

    /** What the last {@link #publish} printed. */
    private String printed = "";

    private int publish(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("deploy/publish"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        System.out.write(out);
        printed = new String(out, java.nio.charset.StandardCharsets.UTF_8);
        return p.waitFor();
    }
}
