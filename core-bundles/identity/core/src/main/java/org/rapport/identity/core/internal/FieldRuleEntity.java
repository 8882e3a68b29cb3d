package org.rapport.identity.core.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.rapport.platform.api.access.FieldRule;

/**
 * What holders of a role may do with one field of a record type: HIDDEN or READ_ONLY (EDITABLE is not stored).
 * The type and field are text, kept while the module that defines them is uninstalled.
 */
@Entity
@Table(name = "identity_field_rule")
public class FieldRuleEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @Column(name = "role_id")
    private Long roleId;

    @Column(name = "record_type")
    private String recordType;

    private String field;

    @Enumerated(EnumType.STRING)
    private FieldRule rule;

    protected FieldRuleEntity() {
    }

    FieldRuleEntity(Long roleId, String recordType, String field, FieldRule rule) {
        this.roleId = roleId;
        this.recordType = recordType;
        this.field = field;
        this.rule = rule;
    }

    Long getRoleId() { return roleId; }
    String getRecordType() { return recordType; }
    String getField() { return field; }
    FieldRule getRule() { return rule; }
    void setRule(FieldRule rule) { this.rule = rule; }
}
