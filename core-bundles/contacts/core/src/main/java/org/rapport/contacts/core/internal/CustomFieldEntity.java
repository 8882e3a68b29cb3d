package org.rapport.contacts.core.internal;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.rapport.contacts.api.CustomFieldDefinition;
import org.rapport.contacts.api.CustomFieldType;

/** The definition of a custom field; rows are never deleted (a retired field keeps its key and its values). */
@Entity(name = "CustomField")
@Table(name = "contacts_custom_field")
public class CustomFieldEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @Column(name = "record_kind")
    private String recordKind;

    @Column(name = "field_key")
    private String fieldKey;

    private String label;

    @Column(name = "field_type")
    private String fieldType;

    private boolean required;

    @Lob
    private String choices;

    @Column(name = "show_in_list")
    private boolean showInList;

    private int position;

    private boolean retired;

    protected CustomFieldEntity() {
    }

    CustomFieldEntity(RecordKind kind, String key, CustomFieldType type) {
        this.recordKind = kind.code();
        this.fieldKey = key;
        this.fieldType = type.name();
    }

    CustomFieldDefinition view() {
        return new CustomFieldDefinition(RecordKind.PERSON.code().equals(recordKind) ? CustomFieldDefinition.PERSON
                : CustomFieldDefinition.ORGANIZATION, fieldKey, label, CustomFieldType.valueOf(fieldType), required,
                choices == null ? List.of() : List.of(choices.split("\n")), showInList, position, retired);
    }

    /** Takes what may change: label, required, choices, list column, position. */
    void change(CustomFieldDefinition definition) {
        this.label = definition.label();
        this.required = definition.required();
        this.choices = definition.choices().isEmpty() ? null : String.join("\n", definition.choices());
        this.showInList = definition.showInList();
        this.position = definition.position();
    }

    void setRetired(boolean retired) {
        this.retired = retired;
    }

    boolean isRetired() {
        return retired;
    }

    String getFieldKey() {
        return fieldKey;
    }

    String getFieldType() {
        return fieldType;
    }

    int getPosition() {
        return position;
    }
}
