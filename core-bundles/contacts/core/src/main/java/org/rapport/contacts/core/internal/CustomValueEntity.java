package org.rapport.contacts.core.internal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.rapport.platform.api.audit.NotAudited;

/**
 * A custom value in typed, indexed columns, derived from the record's {@code custom_values} (which is audited): list
 * filters select records with it inside the scoped query. A multi-choice value has a row per chosen option. Rows are
 * written by {@link CustomValueIndex} with the record, never through the entity manager.
 */
@Entity(name = "CustomValue")
@Table(name = "contacts_custom_value")
@IdClass(CustomValueEntity.Key.class)
@NotAudited
public class CustomValueEntity {

    @Id
    @Column(name = "record_kind")
    private String recordKind;

    @Id
    @Column(name = "record_id")
    private long recordId;

    @Id
    @Column(name = "field_key")
    private String fieldKey;

    @Id
    private int item;

    @Column(name = "text_value")
    private String textValue;

    @Column(name = "number_value")
    private BigDecimal numberValue;

    @Column(name = "date_value")
    private LocalDate dateValue;

    @Column(name = "bool_value")
    private Boolean boolValue;

    private String currency;

    protected CustomValueEntity() {
    }

    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String recordKind;
        private long recordId;
        private String fieldKey;
        private int item;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && recordId == key.recordId && item == key.item
                    && Objects.equals(recordKind, key.recordKind) && Objects.equals(fieldKey, key.fieldKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recordKind, recordId, fieldKey, item);
        }
    }
}
