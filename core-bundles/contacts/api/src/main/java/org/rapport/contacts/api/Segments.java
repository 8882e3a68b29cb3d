package org.rapport.contacts.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Saved filters of people. Members are computed when asked for, as the current caller: a segment never shows anyone
 * a person their own list would not.
 */
@ProviderType
public interface Segments {

    /** Saves a filter owned by the caller; the name must be unique among the caller's own segments. */
    Segment create(String name, String text, LifecycleStage stage, String tag, boolean shared);

    /**
     * Saves a filter that may also hold conditions on custom fields, checked as the people list checks them (an
     * unknown or retired key, or a value not of the field's type, is refused with a field error
     * {@code custom.<key>}). A segment whose field is retired later refuses to list its members the same way.
     */
    Segment create(String name, String text, LifecycleStage stage, String tag, List<CustomFilter> custom,
            boolean shared);

    /** The caller's segments and the shared ones, by name. */
    List<Segment> list();

    Optional<Segment> find(long id);

    /** Deletes a segment: its owner or an admin. */
    void delete(long id);

    /** A page of the segment's members, as {@link Persons#list} would give them to the caller. */
    Page<Person> members(long id, int size, String cursor);
}
