package org.rapport.itests.sample.ui;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.itests.sample.api.SampleNotes;
import org.rapport.itests.sample.internal.SamplePermissions;
import org.rapport.ui.api.SearchHit;
import org.rapport.ui.api.SearchProvider;

/** Global search over the notes' texts (case-insensitive substring: a test module needs no index). */
@Component
public final class SampleNotesSearch implements SearchProvider {

    private final SampleNotes notes;

    @Activate
    public SampleNotesSearch(@Reference SampleNotes notes) {
        this.notes = notes;
    }

    @Override
    public String id() {
        return "sample.notes";
    }

    @Override
    public java.util.Optional<String> requiredPermission() {
        return java.util.Optional.of(SamplePermissions.READ);
    }

    @Override
    public String titleKey() {
        return "sample.notes.title";
    }

    @Override
    public List<SearchHit> search(String query, Locale locale, int limit) {
        String wanted = query.toLowerCase(Locale.ROOT);
        return notes.texts().stream().filter(text -> text.toLowerCase(Locale.ROOT).contains(wanted)).limit(limit)
                .map(text -> new SearchHit(text, "", "sample/notes", "NOTEBOOK")).toList();
    }
}
