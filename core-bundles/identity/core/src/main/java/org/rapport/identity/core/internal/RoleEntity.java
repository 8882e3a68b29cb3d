package org.rapport.identity.core.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "identity_role")
public class RoleEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    private String name;
    private String title;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "all_permissions")
    private boolean allPermissions;

    protected RoleEntity() {
    }

    RoleEntity(String name, String title, Long parentId, boolean allPermissions) {
        this.name = name;
        this.title = title;
        this.parentId = parentId;
        this.allPermissions = allPermissions;
    }

    Long getId() { return id; }
    long getVersion() { return version; }
    String getName() { return name; }
    String getTitle() { return title; }
    Long getParentId() { return parentId; }
    void setParentId(Long parentId) { this.parentId = parentId; }
    boolean isAllPermissions() { return allPermissions; }
}
