package org.rapport.platform.events.internal;

/**
 * The dispatcher's SQL, in the dialect of the connected database. Portable apart from the claim clause:
 * H2 and MariaDB both accept {@code LIMIT ?}.
 */
final class OutboxSql {

    static final String HEAD = "SELECT last_seq FROM rapport_outbox_sequencer WHERE name = 'outbox'";
    static final String UNSEQUENCED = "SELECT id FROM rapport_outbox WHERE seq IS NULL ORDER BY id LIMIT ?";
    /** Numbers a run of consecutive ids: {@code seq = id + offset}. */
    static final String ASSIGN_SEQ_RUN = "UPDATE rapport_outbox SET seq = id + ? WHERE id BETWEEN ? AND ? AND seq IS NULL";
    static final String ADVANCE_HEAD = "UPDATE rapport_outbox_sequencer SET last_seq = ? WHERE name = 'outbox'";

    private static final String EVENT_COLUMNS =
            "SELECT seq, module, topic, aggregate_type, aggregate_id, payload, created_at FROM rapport_outbox";
    static final String EVENTS_AFTER = EVENT_COLUMNS + " WHERE seq > ? ORDER BY seq LIMIT ?";
    static final String EVENT_AT = EVENT_COLUMNS + " WHERE seq = ?";

    static final String CONSUMER_EXISTS = "SELECT 1 FROM rapport_outbox_consumer WHERE consumer_id = ?";
    static final String INSERT_CONSUMER = "INSERT INTO rapport_outbox_consumer"
            + " (consumer_id, delivered_seq, attempts, updated_at) VALUES (?, ?, 0, ?)";
    private static final String CONSUMER_POSITION =
            "SELECT delivered_seq, attempts, next_attempt_at FROM rapport_outbox_consumer WHERE consumer_id = ?";
    /** Replay waits for a running batch instead of skipping: an admin asked for it now. */
    static final String LOCK_CONSUMER_WAIT = CONSUMER_POSITION + " FOR UPDATE";
    static final String UPDATE_CONSUMER = "UPDATE rapport_outbox_consumer SET delivered_seq = ?, attempts = ?,"
            + " next_attempt_at = ?, last_error = ?, updated_at = ? WHERE consumer_id = ?";
    static final String ALL_CONSUMERS = "SELECT consumer_id, delivered_seq, attempts, last_error"
            + " FROM rapport_outbox_consumer ORDER BY consumer_id";

    static final String PARK = "INSERT INTO rapport_outbox_parked"
            + " (consumer_id, seq, topic, attempts, last_error, parked_at) VALUES (?, ?, ?, ?, ?, ?)";
    static final String REPARK = "UPDATE rapport_outbox_parked SET attempts = ?, last_error = ?, parked_at = ?"
            + " WHERE consumer_id = ? AND seq = ?";
    private static final String PARKED_COLUMNS =
            "SELECT consumer_id, seq, topic, attempts, last_error, parked_at FROM rapport_outbox_parked";
    static final String ALL_PARKED = PARKED_COLUMNS + " ORDER BY parked_at, consumer_id, seq";
    static final String LOCK_PARKED = PARKED_COLUMNS + " WHERE consumer_id = ? AND seq = ? FOR UPDATE";
    static final String UNPARK = "DELETE FROM rapport_outbox_parked WHERE consumer_id = ? AND seq = ?";
    static final String PARKED_FAILED_AGAIN = "UPDATE rapport_outbox_parked SET attempts = ?, last_error = ?"
            + " WHERE consumer_id = ? AND seq = ?";

    final Dialect dialect;
    final String claimSequencer;
    final String claimConsumer;

    OutboxSql(Dialect dialect) {
        this.dialect = dialect;
        this.claimSequencer = HEAD + dialect.claim();
        this.claimConsumer = CONSUMER_POSITION + dialect.claim();
    }
}
