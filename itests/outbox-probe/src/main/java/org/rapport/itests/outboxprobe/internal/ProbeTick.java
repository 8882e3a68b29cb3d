package org.rapport.itests.outboxprobe.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The record a published event describes. The consumer's effect is {@code applied_count + 1} on it (plain
 * JDBC, in the consumer's transaction), so "every event applied exactly once" can be read off this table.
 */
@Entity
@Table(name = "probe_tick")
public class ProbeTick {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    private String node;

    @Column(name = "applied_count")
    private int appliedCount;

    protected ProbeTick() {
    }

    ProbeTick(String node) {
        this.node = node;
    }

    Long getId() {
        return id;
    }
}
