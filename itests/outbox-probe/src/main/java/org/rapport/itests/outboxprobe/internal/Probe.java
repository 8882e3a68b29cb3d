package org.rapport.itests.outboxprobe.internal;

/** The names the probe and the cluster tests agree on. */
final class Probe {

    static final String MODULE = "outboxprobe";
    static final String CONSUMER_ID = "outbox-probe";
    static final String TOPIC = "rapport/outboxprobe/Tick/CREATED";
    static final String AGGREGATE_TYPE = "Tick";
    /** ConfigAdmin PID of the consumer's settings ({@code delay.ms}). */
    static final String PID = "org.rapport.itests.outboxprobe";
    /** Set per node by whoever starts it; falls back to Karaf's instance name. */
    static final String NODE_VARIABLE = "RAPPORT_NODE_NAME";

    private Probe() {
    }

    /** Which node this is, as written into every row the probe makes. */
    static String node() {
        String fromEnvironment = System.getenv(NODE_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        return System.getProperty("karaf.name", "unknown");
    }
}
