package org.rapport.contacts.core.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.rapport.contacts.api.CustomFilter;
import org.rapport.contacts.api.LifecycleStage;
import org.rapport.contacts.api.Segment;

@Entity(name = "Segment")
@Table(name = "contacts_segment")
public class SegmentEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    private String name;

    @Column(name = "query_text")
    private String text;

    private String stage;

    private String tag;

    @Column(name = "owner_user_id")
    private long ownerUserId;

    private boolean shared;

    @Column(name = "created_at")
    private Instant createdAt;

    @Lob
    @Column(name = "custom_conditions")
    private String customConditions;

    protected SegmentEntity() {
    }

    SegmentEntity(String name, String text, LifecycleStage stage, String tag, List<CustomFilter> custom,
            long ownerUserId, boolean shared, Instant createdAt) {
        this.name = name;
        this.text = text;
        this.stage = stage == null ? null : stage.name();
        this.tag = tag;
        this.ownerUserId = ownerUserId;
        this.shared = shared;
        this.createdAt = createdAt;
        this.customConditions = SegmentConditions.json(custom);
    }

    long getOwnerUserId() {
        return ownerUserId;
    }

    boolean isShared() {
        return shared;
    }

    Segment view() {
        return new Segment(id, version, name, text, stage == null ? null : LifecycleStage.valueOf(stage), tag,
                ownerUserId, shared, createdAt, SegmentConditions.conditions(customConditions));
    }
}
