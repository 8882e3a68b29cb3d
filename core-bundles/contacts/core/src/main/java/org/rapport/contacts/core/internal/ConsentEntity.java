package org.rapport.contacts.core.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.rapport.contacts.api.Consent;
import org.rapport.contacts.api.ConsentChannel;
import org.rapport.platform.api.audit.NotAudited;

/** One recorded consent decision; the table is its own history (rows are only added), so it is not audited. */
@Entity(name = "Consent")
@Table(name = "contacts_consent")
@NotAudited
public class ConsentEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @Column(name = "person_id")
    private long personId;

    private String channel;

    private boolean granted;

    private String source;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected ConsentEntity() {
    }

    ConsentEntity(long personId, ConsentChannel channel, boolean granted, String source, Instant recordedAt,
            String recordedBy) {
        this.personId = personId;
        this.channel = channel.name();
        this.granted = granted;
        this.source = source;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    Consent view() {
        return new Consent(ConsentChannel.valueOf(channel), granted, source, recordedAt, recordedBy);
    }
}
