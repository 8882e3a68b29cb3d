package org.rapport.contacts.core.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One record shared with one user or team; audited like any change of who may see what. */
@Entity(name = "ContactShare")
@Table(name = "contacts_share")
public class ShareEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @Column(name = "record_kind")
    private String recordKind;

    @Column(name = "record_id")
    private long recordId;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "share_level")
    private String level;

    protected ShareEntity() {
    }

    ShareEntity(RecordKind kind, long recordId, Long userId, Long teamId, String level) {
        this.recordKind = kind.code();
        this.recordId = recordId;
        this.userId = userId;
        this.teamId = teamId;
        this.level = level;
    }

    Long getUserId() {
        return userId;
    }

    Long getTeamId() {
        return teamId;
    }

    String getLevel() {
        return level;
    }

    void setLevel(String level) {
        this.level = level;
    }
}
