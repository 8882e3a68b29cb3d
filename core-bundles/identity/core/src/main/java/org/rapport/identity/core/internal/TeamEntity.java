package org.rapport.identity.core.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "identity_team")
public class TeamEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    private String name;

    protected TeamEntity() {
    }

    TeamEntity(String name) {
        this.name = name;
    }

    Long getId() { return id; }
    String getName() { return name; }
}
