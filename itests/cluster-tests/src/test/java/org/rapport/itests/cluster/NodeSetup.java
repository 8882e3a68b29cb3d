package org.rapport.itests.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.rapport.itests.launcher.Distribution;
import org.rapport.itests.launcher.NodePorts;

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

    /**
     * The ports of cluster node {@code number}: 24{n}80 (HTTP), 24{n}22 (SSH), 24{n}99 (RMI registry), 24{n}44 (RMI
     * server). Below Linux's ephemeral range (32768+), so no outgoing connection takes them, and clear of the ports
     * of a developer's Rapport (8080, 8101, 1099, 44444), of the Pax Exam suite (27xxx) and the UI tests (26xxx).
     */
    static NodePorts ports(int number) {
        if (number < 1 || number > 9) {
            throw new IllegalArgumentException("node number 1..9: " + number);
        }
        int base = 24_000 + number * 100;
        return new NodePorts(base + 80, base + 22, base + 99, base + 44);
    }

    static void configure(Path home, String nodeName, Map<String, String> dispatcherSettings,
            Map<String, String> probeSettings) throws IOException {
        // The node's name goes into every probe row (and Karaf's JMX name).
        Distribution.replaceLine(home, "etc/system.properties", "karaf.name\\s*=.*", "karaf.name = " + nodeName);
        Distribution.writeConfig(home, "org.ops4j.datasource-rapport", orderedMap(
                "dataSourceName", "rapport",
                "pool", "hikari",
                "xa", "false",
                "osgi.jdbc.driver.name", "mariadb",
                "url", ClusterDatabase.url(),
                "user", ClusterDatabase.USER,
                ".password", ClusterDatabase.PASSWORD,
                "hikari.poolName", "rapport",
                "hikari.maximumPoolSize", "10",
                "hikari.minimumIdle", "1",
                "hikari.connectionTimeout", "10000"));
        Distribution.addSystemArtifacts(home, SYSTEM_ARTIFACTS);
        Distribution.installAtBoot(home, TEST_FEATURES, PROBE_FEATURE);
        Distribution.writeConfig(home, "org.rapport.platform.events", dispatcherSettings);
        Distribution.writeConfig(home, "org.rapport.itests.outboxprobe", probeSettings);
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
