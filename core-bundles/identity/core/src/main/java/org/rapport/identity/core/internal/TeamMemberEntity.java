package org.rapport.identity.core.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "identity_team_member")
public class TeamMemberEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "user_id")
    private Long userId;

    protected TeamMemberEntity() {
    }

    TeamMemberEntity(Long teamId, Long userId) {
        this.teamId = teamId;
        this.userId = userId;
    }

    Long getTeamId() { return teamId; }
    Long getUserId() { return userId; }
}
