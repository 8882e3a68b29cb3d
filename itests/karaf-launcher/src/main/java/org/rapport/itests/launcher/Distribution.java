package org.rapport.itests.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out one node's home from the distribution archive and changes its configuration before the first start:
 * test bundles and features installed at boot, properties and configuration files. Ports and the admin password are
 * not here: the distribution reads them from the environment at start (see {@link KarafNode}).
 */
public final class Distribution {

    private Distribution() {
    }

    /** Unpacks the tar.gz into {@code home}, replacing whatever an earlier run left there. */
    public static void unpack(Path archive, Path home) throws IOException, InterruptedException {
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

    /**
     * Copies artifacts in Maven layout (e.g. made by the dependency plugin's {@code copy-dependencies} with
     * {@code useRepositoryLayout}) into the node's {@code system/} folder. Karaf looks there before any Maven
     * repository, so the node runs exactly what this build made, whatever another build meanwhile installs into
     * the shared local repository.
     */
    public static void addSystemArtifacts(Path home, Path mavenLayout) throws IOException {
        if (!Files.isDirectory(mavenLayout)) {
            throw new IllegalStateException(mavenLayout + " is missing: the dependency plugin copies the test "
                    + "artifacts there in pre-integration-test; run the tests through Maven (mvn verify)");
        }
        Path system = home.resolve("system");
        try (var paths = Files.walk(mavenLayout)) {
            for (Path source : paths.toList()) {
                Path target = system.resolve(mavenLayout.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Adds a features repository and features to install at the first boot, with the platform: no shell round trip,
     * nothing to retry.
     */
    public static void installAtBoot(Path home, String featuresRepository, String... features) throws IOException {
        Path file = home.resolve("etc/org.apache.karaf.features.cfg");
        insertAfter(file, "featuresRepositories = \\", "    " + featuresRepository + ", \\");
        for (String feature : features) {
            insertAfter(file, "featuresBoot = \\", "    " + feature + ", \\");
        }
    }

    /** Replaces the first line of {@code file} (relative to home) that matches {@code regex} as a whole. */
    public static void replaceLine(Path home, String file, String regex, String replacement) throws IOException {
        Path path = home.resolve(file);
        String text = Files.readString(path);
        Matcher matcher = Pattern.compile("(?m)^" + regex + "$").matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException(path + " has no line matching " + regex + "; has the distribution changed?");
        }
        Files.writeString(path, matcher.replaceFirst(Matcher.quoteReplacement(replacement)));
    }

    /** Writes {@code etc/<pid>.cfg}, replacing the distribution's file of that name if it has one. */
    public static void writeConfig(Path home, String pid, Map<String, String> settings) throws IOException {
        StringBuilder text = new StringBuilder("# Written by the tests\n");
        settings.forEach((key, value) -> text.append(key).append(" = ").append(value).append('\n'));
        Files.writeString(home.resolve("etc").resolve(pid + ".cfg"), text);
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

    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }
}
