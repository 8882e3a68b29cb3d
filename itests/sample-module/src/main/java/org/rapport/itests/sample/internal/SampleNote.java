package org.rapport.itests.sample.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "sample_note")
public class SampleNote {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    private String text;

    protected SampleNote() {
    }

    SampleNote(String text) {
        this.text = text;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getText() {
        return text;
    }

    void setText(String text) {
        this.text = text;
    }
}
