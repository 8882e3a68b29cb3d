package org.rapport.contacts.core.internal;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.rapport.platform.api.audit.NotAudited;

/**
 * A search term of a record, derived from it by {@link Terms}: queries filter with it ({@code exists} on a prefix
 * range); rows are written by {@link TermWriter} in batches, never through the entity manager.
 */
@Entity(name = "ContactTerm")
@Table(name = "contacts_term")
@IdClass(TermEntity.Key.class)
@NotAudited
public class TermEntity {

    @Id
    @Column(name = "record_kind")
    private String recordKind;

    @Id
    @Column(name = "record_id")
    private long recordId;

    @Id
    @Column(name = "term_kind")
    private String termKind;

    @Id
    private String term;

    protected TermEntity() {
    }

    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String recordKind;
        private long recordId;
        private String termKind;
        private String term;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && recordId == key.recordId && Objects.equals(recordKind, key.recordKind)
                    && Objects.equals(termKind, key.termKind) && Objects.equals(term, key.term);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recordKind, recordId, termKind, term);
        }
    }
}
