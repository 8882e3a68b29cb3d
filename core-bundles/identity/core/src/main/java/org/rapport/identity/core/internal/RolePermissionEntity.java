package org.rapport.identity.core.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A permission granted to a role, by id: kept while the module defining it is uninstalled. */
@Entity
@Table(name = "identity_role_permission")
public class RolePermissionEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @Column(name = "role_id")
    private Long roleId;

    private String permission;

    protected RolePermissionEntity() {
    }

    RolePermissionEntity(Long roleId, String permission) {
        this.roleId = roleId;
        this.permission = permission;
    }

    Long getRoleId() { return roleId; }
    String getPermission() { return permission; }
}
