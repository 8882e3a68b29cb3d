package org.rapport.itests.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.rapport.itests.launcher.Distribution;
import org.rapport.itests.launcher.KarafNode;
import org.rapport.itests.launcher.Readiness;

/**
 * The nodes of one test class: unpacked side by side under target/cluster, all on the shared database, and
 * always stopped again by {@link #close()} (which also proves no process of theirs is left).
 */
final class Cluster implements AutoCloseable {

    static final Path ARCHIVE = Path.of(System.getProperty("cluster.distribution",
            "target/dist/org.rapport.distribution.tar.gz"));
    static final Path WORK = Path.of(System.getProperty("cluster.work", "target/cluster"));
    static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    static final String ADMIN_PASSWORD = "cluster-it-admin";

    /** A node is ready when it is UP on MariaDB with the probe module, and the probe's shell commands answer. */
    static final Readiness[] READY = {
            Readiness.healthUp("\"product\":\"MariaDB\"", "\"id\":\"outboxprobe\""),
            Readiness.shellPrints("probe:status", "applied=")};

    final List<KarafNode> nodes = new ArrayList<>();

    /** Unpacks and configures a node (not started). {@code number} picks its ports, see {@link NodeSetup#ports}. */
    KarafNode add(String name, int number, Map<String, String> dispatcherSettings, Map<String, String> probeSettings)
            throws Exception {
        Path home = WORK.resolve(name).toAbsolutePath();
        // The probe names the node it runs on in every row it writes.
        KarafNode node = new KarafNode(name, home, NodeSetup.ports(number), ADMIN_PASSWORD,
                Map.of("RAPPORT_NODE_NAME", name));
        // A node of an earlier, aborted run in that same directory would hold the ports and the database.
        node.killLeftovers();
        Distribution.unpack(ARCHIVE, home);
        NodeSetup.configure(home, name, dispatcherSettings, probeSettings);
        nodes.add(node);
        return node;
    }

    String diagnosis() {
        return KarafNode.diagnosis(nodes);
    }

    @Override
    public void close() throws Exception {
        List<String> problems = new ArrayList<>();
        for (KarafNode node : nodes) {
            try {
                node.stop(Duration.ofSeconds(60));
            } catch (Exception e) {
                problems.add("stopping " + node.name() + ": " + e);
            }
        }
        for (KarafNode node : nodes) {
            List<ProcessHandle> left = node.leftovers();
            if (!left.isEmpty()) {
                problems.add("node " + node.name() + " left processes " + left.stream().map(p -> String.valueOf(p.pid()))
                        .collect(Collectors.joining(", ")) + " (killed now)");
                left.forEach(ProcessHandle::destroyForcibly);
            }
        }
        System.out.println("[cluster] nodes stopped; processes left behind: " + (problems.isEmpty() ? "none" : problems));
        if (!problems.isEmpty()) {
            throw new AssertionError("Cluster shutdown was not clean: " + problems);
        }
    }
}
