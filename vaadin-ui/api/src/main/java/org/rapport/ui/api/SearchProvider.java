package org.rapport.ui.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Answers the header's global search for one kind of record. Called off the UI thread, concurrently with other
 * providers; it must be quick (use the module's folded search index) and return at most {@code limit} hits.
 */
@ConsumerType
public interface SearchProvider {

    /** Stable id, e.g. {@code contacts.persons}. */
    String id();

    /** Message key of the result group's heading, e.g. "People". */
    String titleKey();

    List<SearchHit> search(String query, Locale locale, int limit);

    default int order() {
        return 100;
    }

    default Optional<String> requiredPermission() {
        return Optional.empty();
    }
}
