package org.rapport.contacts.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import org.rapport.contacts.api.ContactQuery;
import org.rapport.contacts.api.CustomFieldDefinition;
import org.rapport.platform.api.i18n.LocaleFormatting;

/** A new segment started from the filters a people list shows: its search, stage, tag and custom conditions. */
final class SegmentStarts {

    private SegmentStarts() {
    }

    static SegmentDialog.Start of(Component page, Locale locale, LocaleFormatting formatting,
            List<CustomFieldDefinition> fields, ContactQuery shown) {
        if (shown == null) {
            return SegmentDialog.Start.EMPTY;
        }
        Map<String, CustomFieldDefinition> byKey = fields.stream()
                .collect(Collectors.toMap(CustomFieldDefinition::key, field -> field, (a, b) -> a));
        List<String> words = shown.custom().stream()
                .map(condition -> SegmentConditionTexts.text(page, locale, formatting, byKey, condition)).toList();
        return new SegmentDialog.Start(blankAsNull(shown.text()), shown.stage(), blankAsNull(shown.tag()),
                shown.custom(), words);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
