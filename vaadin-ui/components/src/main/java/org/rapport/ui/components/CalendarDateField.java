package org.rapport.ui.components;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.rapport.platform.api.i18n.FormatPreferences;
import org.rapport.platform.api.i18n.LocaleFormatting;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A date typed in the user's own calendar and digits — {@code ۱۴۰۵/۹/۷} or {@code ۷ آذر ۱۴۰۵} in Persian, a Hijri
 * date in Arabic, {@code 11/28/2026} in English — read by the platform's {@link LocaleFormatting#parseDate} and shown
 * back in the same calendar once typed. A browser date picker knows the Gregorian calendar only. Text that is no
 * date keeps the field invalid with an example of what it takes, and {@link #getValue()} stays empty.
 * <p>
 * Shared by the contacts pages (custom date fields, ledger, list filters) and the shell's audit log filters.
 */
public final class CalendarDateField extends CustomField<LocalDate> {

    private static final long serialVersionUID = 1L;

    private final transient LocaleFormatting formatting;
    private final transient FormatPreferences preferences;
    private final TextField text = new TextField();

    public CalendarDateField(String label, LocaleFormatting formatting, Locale locale) {
        this.formatting = formatting;
        this.preferences = formatting.defaults(locale);
        setLabel(label);
        text.setWidthFull();
        text.setClearButtonVisible(true);
        typedDirectionAuto(text);
        setHelperText(getTranslation("ui.components.date.hint", format(LocalDate.now())));
        add(text);
        text.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                updateValue();
            }
        });
    }

    /** Whether the text typed is a date (or empty): save only then. */
    public boolean holdsADate() {
        return text.getValue().isBlank() || generateModelValue() != null;
    }

    @Override
    protected LocalDate generateModelValue() {
        String typed = text.getValue().strip();
        if (typed.isEmpty()) {
            setInvalid(false);
            return null;
        }
        try {
            LocalDate day = formatting.parseDate(typed, preferences);
            setInvalid(false);
            return day;
        } catch (DateTimeParseException notADate) {
            setErrorMessage(getTranslation("ui.components.date.invalid", format(LocalDate.now())));
            setInvalid(true);
            return null;
        }
    }

    @Override
    protected void setPresentationValue(LocalDate day) {
        text.setValue(day == null ? "" : format(day));
    }

    private String format(LocalDate day) {
        return formatting.formatDate(day, FormatStyle.SHORT, preferences);
    }

    /**
     * A date in Persian digits typed into a field of an English page (or the reverse) keeps its own direction:
     * the input's {@code dir=auto} once the web component exists.
     */
    private static void typedDirectionAuto(Component field) {
        field.getElement().executeJs("customElements.whenDefined(this.localName).then(() => requestAnimationFrame(() => {"
                + " const input = this.inputElement || this.querySelector('input'); if (input) input.dir = 'auto'; }))");
    }
}
