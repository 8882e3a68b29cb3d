package org.rapport.itests.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.rapport.itests.launcher.Await;

/**
 * What the database says about the probe, read straight from MariaDB (not through a node): the outbox rows,
 * the consumer's applied set, its raw delivery log, the effect on the ticks and the dispatcher's position.
 */
record ProbeCounts(long published, long sequenced, long ticks, long applied, long appliedAggregates,
        long deliveries, long distinctDelivered, long sequencesDeliveredTwice, long duplicateDeliveries,
        long missing, long ticksNotAppliedOnce, long consumerPosition, long head,
        Map<String, Long> appliedByNode, Map<String, Long> deliveriesByNode) {

    static final String TOPIC = "rapport/outboxprobe/Tick/CREATED";
    static final String CONSUMER_ID = "outbox-probe";

    static ProbeCounts read() throws SQLException {
        try (Connection db = ClusterDatabase.connect()) {
            return new ProbeCounts(
                    count(db, "SELECT COUNT(*) FROM rapport_outbox WHERE topic = ?", TOPIC),
                    count(db, "SELECT COUNT(*) FROM rapport_outbox WHERE topic = ? AND seq IS NOT NULL", TOPIC),
                    count(db, "SELECT COUNT(*) FROM probe_tick"),
                    count(db, "SELECT COUNT(*) FROM probe_applied"),
                    count(db, "SELECT COUNT(DISTINCT aggregate_id) FROM probe_applied"),
                    count(db, "SELECT COUNT(*) FROM probe_delivery"),
                    count(db, "SELECT COUNT(DISTINCT seq) FROM probe_delivery"),
                    count(db, "SELECT COUNT(*) FROM (SELECT seq FROM probe_delivery GROUP BY seq HAVING COUNT(*) > 1) t"),
                    count(db, "SELECT COUNT(*) FROM probe_delivery WHERE duplicate = TRUE"),
                    // an event never applied: not sequenced yet, or its sequence is not in the applied set
                    count(db, "SELECT COUNT(*) FROM rapport_outbox o WHERE o.topic = ? AND NOT EXISTS"
                            + " (SELECT 1 FROM probe_applied a WHERE a.seq = o.seq)", TOPIC),
                    count(db, "SELECT COUNT(*) FROM probe_tick WHERE applied_count <> 1"),
                    count(db, "SELECT COALESCE(MAX(delivered_seq), -1) FROM rapport_outbox_consumer"
                            + " WHERE consumer_id = ?", CONSUMER_ID),
                    count(db, "SELECT last_seq FROM rapport_outbox_sequencer WHERE name = 'outbox'"),
                    byNode(db, "SELECT node, COUNT(*) FROM probe_applied GROUP BY node"),
                    byNode(db, "SELECT node, COUNT(*) FROM probe_delivery GROUP BY node"));
        }
    }

    /** Waits until the probe's change set (the last one a node applies) is recorded in the shared database. */
    static void awaitSchema(Duration timeout, Supplier<String> diagnosis) {
        Await.until("the probe's schema in " + ClusterDatabase.url(), timeout, diagnosis, () -> {
            try (Connection db = ClusterDatabase.connect()) {
                return count(db, "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE ID = ?", "outboxprobe-001-tables") == 1;
            }
        });
    }

    /** Redeliveries: deliveries beyond the first of each sequence (at-least-once at work). */
    long redeliveries() {
        return deliveries - distinctDelivered;
    }

    /** All published events applied and the dispatcher's position at the head: nothing left to deliver. */
    boolean settled(long expected) {
        return published == expected && applied >= expected && consumerPosition == head && sequenced == published;
    }

    private static long count(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    private static Map<String, Long> byNode(Connection db, String sql) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }
}
