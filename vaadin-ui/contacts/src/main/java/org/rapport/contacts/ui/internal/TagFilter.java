package org.rapport.contacts.ui.internal;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The list's tag filter: only the records carrying the tag typed. The module compares tags folded (case, ی/ي, ک/ك,
 * digits in any script), so the tag is typed as the list shows it, in any of those forms. Searching by text also
 * reaches tags, but only as the start of any word of a record; this is the tag alone, as a segment has it.
 */
final class TagFilter extends TextField {

    private static final long serialVersionUID = 1L;
    /** A tag is one word or a few: longer input is no tag anyone gave. */
    static final int MAX_LENGTH = 100;

    TagFilter(Runnable changed) {
        setId("contacts-tag-filter");
        setPlaceholder(getTranslation("contacts.tag.filter"));
        setAriaLabel(getTranslation("contacts.tag.filterLabel"));
        setPrefixComponent(VaadinIcon.TAG.create());
        setClearButtonVisible(true);
        setMaxLength(MAX_LENGTH);
        setWidth("12em");
        setValueChangeMode(ValueChangeMode.LAZY);
        setValueChangeTimeout(350);
        // a Latin tag in a Persian page (and the reverse) reads in its own direction
        Texts.typedDirectionAuto(this);
        addValueChangeListener(change -> changed.run());
    }

    /** The tag to filter by; {@code null} for any. */
    String tag() {
        return tagOf(getValue());
    }

    /**
     * The tag in what was typed: without the spaces and bidi marks around it (as copied from a page), nor a leading
     * {@code #} (tags are often written as hashtags); {@code null} when nothing is left.
     */
    static String tagOf(String typed) {
        if (typed == null) {
            return null;
        }
        int start = 0;
        int end = typed.length();
        while (start < end && ignorable(typed.charAt(start))) {
            start++;
        }
        while (end > start && ignorable(typed.charAt(end - 1))) {
            end--;
        }
        if (start < end && typed.charAt(start) == '#') {
            return tagOf(typed.substring(start + 1, end));
        }
        return start == end ? null : typed.substring(start, end);
    }

    private static boolean ignorable(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }
}
