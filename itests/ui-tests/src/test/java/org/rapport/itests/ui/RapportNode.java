package org.rapport.itests.ui;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.rapport.itests.launcher.Distribution;
import org.rapport.itests.launcher.KarafNode;
import org.rapport.itests.launcher.NodePorts;
import org.rapport.itests.launcher.Readiness;

/**
 * The one Rapport node of a UI test run: the distribution archive of this build, unpacked under
 * {@code target/ui-node}, on its default embedded H2 database, with the test features repository and the sample
 * module installed at boot. Started once by {@link RapportNodeExtension} and shared by every UI test class; tests get
 * it as a parameter.
 */
public final class RapportNode {

    static final String VERSION = System.getProperty("rapport.version", "0.1.0-SNAPSHOT");
    static final String TEST_FEATURES = "mvn:org.rapport/org.rapport.itests.features/" + VERSION + "/xml/features";
    static final String SAMPLE_FEATURE = "rapport-sample";
    static final Path ARCHIVE = Path.of(System.getProperty("ui.distribution",
            "target/dist/org.rapport.distribution.tar.gz"));
    /** The sample bundle and the test features repository in Maven layout (see the pom's test-module-artifacts). */
    static final Path SYSTEM_ARTIFACTS = Path.of(System.getProperty("ui.system", "target/dist/system"));
    static final Path HOME = Path.of(System.getProperty("ui.work", "target/ui-node")).toAbsolutePath();
    /**
     * 26xxx: clear of a developer's Rapport (8080, 8101, 1099, 44444), the Pax Exam suite (27xxx), the benchmark
     * (25xxx) and the cluster tests (24xxx), and below Linux's ephemeral ports (32768–60999), which an outgoing
     * connection may hold just when the node wants to listen there.
     */
    static final NodePorts PORTS = new NodePorts(26080, 26101, 26099, 26044);
    static final String ADMIN_PASSWORD = "ui-it-admin-password";
    static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final KarafNode karaf;

    private RapportNode(KarafNode karaf) {
        this.karaf = karaf;
    }

    /** Unpacks, configures and starts the node, and waits until it reports UP with the sample module. */
    static RapportNode start() throws Exception {
        KarafNode karaf = new KarafNode("ui", HOME, PORTS, ADMIN_PASSWORD);
        // A node of an earlier, aborted run in that same directory would hold the ports.
        karaf.killLeftovers();
        Distribution.unpack(ARCHIVE, HOME);
        Distribution.addSystemArtifacts(HOME, SYSTEM_ARTIFACTS);
        Distribution.installAtBoot(HOME, TEST_FEATURES, SAMPLE_FEATURE);
        long started = System.nanoTime();
        karaf.start();
        try {
            karaf.awaitReady(START_TIMEOUT, Readiness.healthUpWithActiveModules("sample"));
            // Karaf may still refresh bundles right after the first UP (boot features resolve in steps): ready
            // means UP twice, a few seconds apart.
            Thread.sleep(3000);
            karaf.awaitReady(START_TIMEOUT, Readiness.healthUpWithActiveModules("sample"));
        } catch (Throwable notReady) {
            try {
                karaf.stop(Duration.ofSeconds(30));
            } catch (Exception e) {
                notReady.addSuppressed(e);
            }
            throw notReady;
        }
        System.out.printf("[ui] node up in %d s: %s%n", (System.nanoTime() - started) / 1_000_000_000, karaf);
        return new RapportNode(karaf);
    }

    void stop() throws Exception {
        karaf.stop(Duration.ofSeconds(60));
        List<ProcessHandle> left = karaf.leftovers();
        if (!left.isEmpty()) {
            karaf.killLeftovers();
            throw new IllegalStateException("The UI test node left processes " + left + " (killed now)");
        }
        System.out.println("[ui] node stopped");
    }

    /** {@code path} (starting with /) on the node, e.g. {@code uri("/api/health")}. */
    public URI uri(String path) {
        return karaf.uri(path);
    }

    /** The node itself: its shell, health, log. */
    public KarafNode karaf() {
        return karaf;
    }

    /** The tail of the node's log, for failure messages. */
    public String diagnosis() {
        return karaf.diagnosis();
    }
}
