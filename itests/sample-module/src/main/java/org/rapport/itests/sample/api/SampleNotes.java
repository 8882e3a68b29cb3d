package org.rapport.itests.sample.api;

import java.util.List;

/** The sample module's service: notes stored in its own table, events through the outbox. */
public interface SampleNotes {

    String CREATED_TOPIC = "rapport/sample/Note/CREATED";

    /** Stores a note and publishes {@link #CREATED_TOPIC} in the same transaction; returns its id. */
    long add(String text);

    /** Stores {@code count} notes, one transaction each, each with its event. */
    void addMany(String prefix, int count);

    /** Changes a note's text, but only if it is still at {@code expectedVersion}. */
    void rename(long id, long expectedVersion, String text);

    long version(long id);

    List<String> texts();

    long count();
}
