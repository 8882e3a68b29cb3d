package org.rapport.identity.core.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "identity_user_role")
public class UserRoleEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "role_id")
    private Long roleId;

    protected UserRoleEntity() {
    }

    UserRoleEntity(Long userId, Long roleId) {
        this.userId = userId;
        this.roleId = roleId;
    }

    Long getUserId() { return userId; }
    Long getRoleId() { return roleId; }
}
