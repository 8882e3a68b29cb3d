package org.rapport.itests.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes an unpacked copy of the distribution into one cluster node, before its first start: its name, the
 * shared MariaDB database, the probe bundle with the test features, and the outbox dispatcher's tuning.
 * Ports and the admin password are not here: the distribution reads them from the environment at start.
 */
final class NodeSetup {

    static final String VERSION = System.getProperty("rapport.version", "0.1.0-SNAPSHOT");
    static final String TEST_FEATURES = "mvn:org.rapport/org.rapport.itests.features/" + VERSION + "/xml/features";
    static final String PROBE_FEATURE = "rapport-outboxprobe";
    /** The probe bundle and the test features repository in Maven layout (see the pom's probe-artifacts). */
    static final Path SYSTEM_ARTIFACTS = Path.of(System.getProperty("cluster.system", "target/dist/system"));

    private NodeSetup() {
    }

    static void unpack(Path archive, Path home) throws IOException, InterruptedException {
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("The distribution archive " + archive + " is missing: run "
                    + "'mvn install -DskipTests' at the root first (the dependency plugin copies it here)");
        }
        deleteRecursively(home);
        Files.createDirectories(home);
        // The JDK has no tar.gz reader; tar keeps the scripts' executable bits, too.
        Process tar = new ProcessBuilder("tar", "xzf", archive.toString(), "--strip-components=1", "-C", home.toString())
                .redirectErrorStream(true).start();
        String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!tar.waitFor(120, TimeUnit.SECONDS) || tar.exitValue() != 0) {
            throw new IllegalStateException("Could not unpack " + archive + " into " + home + ": " + output);
        }
    }

    static void configure(Path home, String nodeName, Map<String, String> dispatcherSettings,
            Map<String, String> probeSettings) throws IOException {
        Path etc = home.resolve("etc");
        // The node's name goes into every probe row (and Karaf's JMX name).
        replaceLine(etc.resolve("system.properties"), "karaf.name\\s*=.*", "karaf.name = " + nodeName);
        Files.writeString(etc.resolve("org.ops4j.datasource-rapport.cfg"), String.join("\n",
                "# Written by the cluster tests: every node shares this one MariaDB database.",
                "dataSourceName = rapport",
                "pool = hikari",
                "xa = false",
                "osgi.jdbc.driver.name = mariadb",
                "url = " + ClusterDatabase.url(),
                "user = " + ClusterDatabase.USER,
                ".password = " + ClusterDatabase.PASSWORD,
                "hikari.poolName = rapport",
                "hikari.maximumPoolSize = 10",
                "hikari.minimumIdle = 1",
                "hikari.connectionTimeout = 10000",
                ""));
        // The probe and the test features, from this build: Karaf looks in system/ before any Maven repository.
        copyTree(SYSTEM_ARTIFACTS, home.resolve("system"));
        // Installed at first boot with the platform: no shell round trip, nothing to retry.
        Path features = etc.resolve("org.apache.karaf.features.cfg");
        insertAfter(features, "featuresRepositories = \\", "    " + TEST_FEATURES + ", \\");
        insertAfter(features, "featuresBoot = \\", "    " + PROBE_FEATURE + ", \\");
        writeConfig(etc.resolve("org.rapport.platform.events.cfg"), dispatcherSettings);
        writeConfig(etc.resolve("org.rapport.itests.outboxprobe.cfg"), probeSettings);
    }

    private static void writeConfig(Path file, Map<String, String> settings) throws IOException {
        StringBuilder text = new StringBuilder("# Written by the cluster tests\n");
        settings.forEach((key, value) -> text.append(key).append(" = ").append(value).append('\n'));
        Files.writeString(file, text);
    }

    private static void replaceLine(Path file, String regex, String replacement) throws IOException {
        String text = Files.readString(file);
        Matcher matcher = Pattern.compile("(?m)^" + regex + "$").matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException(file + " has no line matching " + regex + "; has the distribution changed?");
        }
        Files.writeString(file, matcher.replaceFirst(Matcher.quoteReplacement(replacement)));
    }

    private static void insertAfter(Path file, String line, String inserted) throws IOException {
        String text = Files.readString(file);
        int at = text.indexOf(line + "\n");
        if (at < 0) {
            throw new IllegalStateException(file + " has no line '" + line + "'; has the distribution changed?");
        }
        int end = at + line.length() + 1;
        Files.writeString(file, text.substring(0, end) + inserted + "\n" + text.substring(end));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new IllegalStateException(from + " is missing: the dependency plugin copies the probe there in "
                    + "pre-integration-test; run the tests through Maven (mvn install)");
        }
        try (var paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path each : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }
}
