package org.rapport.ui.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.rapport.platform.i18n.internal.IcuLocaleFormatting;

import com.vaadin.flow.component.textfield.TextField;

class CalendarDateFieldTest {

    private static final IcuLocaleFormatting FORMATTING = new IcuLocaleFormatting();

    /** Types as a user does: the inner text field's value, then the field reads it. */
    private static CalendarDateField typed(Locale locale, String text) {
        CalendarDateField field = new CalendarDateField("From", FORMATTING, locale);
        TextField input = field.getChildren().filter(TextField.class::isInstance).map(TextField.class::cast)
                .findFirst().orElseThrow();
        input.setValue(text);
        field.setValue(field.generateModelValue());
        return field;
    }

    @Test
    void aPersianDateInPersianDigitsIsTheGregorianDay() {
        CalendarDateField field = typed(Locale.forLanguageTag("fa"), "۱۴۰۵/۹/۷");
        assertEquals(LocalDate.of(2026, 11, 28), field.getValue());
        assertTrue(field.holdsADate());
        assertFalse(field.isInvalid());
    }

    @Test
    void aHijriDateInArabicIndicDigitsIsTheGregorianDay() {
        CalendarDateField field = typed(Locale.forLanguageTag("ar-u-ca-islamic-umalqura"), "١٤٤٨/٦/٨");
        // 8 Jumada II 1448 (Umm al-Qura)
        assertEquals(LocalDate.of(2026, 11, 18), field.getValue());
        assertTrue(field.holdsADate());
    }

    @Test
    void anImpossibleDateIsRefusedAndTheTypedTextStays() {
        CalendarDateField field = typed(Locale.forLanguageTag("fa"), "۱۴۰۵/۱۳/۱");
        assertNull(field.getValue());
        assertFalse(field.holdsADate());
        assertTrue(field.isInvalid());
    }

    @Test
    void nothingTypedIsNoBoundAndNoError() {
        CalendarDateField field = typed(Locale.ENGLISH, "  ");
        assertNull(field.getValue());
        assertTrue(field.holdsADate());
        assertFalse(field.isInvalid());
    }
}
