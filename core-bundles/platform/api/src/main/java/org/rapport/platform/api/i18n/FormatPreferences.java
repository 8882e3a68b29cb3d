package org.rapport.platform.api.i18n;

import java.util.Locale;
import java.util.Objects;

/**
 * How one user wants to see dates and numbers. {@link LocaleFormatting#defaults(Locale)} gives what
 * the locale expects; the user's settings may then change the calendar or the digits.
 *
 * @param locale       the language (and region) of texts: month names, separators, word order
 * @param calendar     the calendar dates are shown and typed in
 * @param nativeDigits {@code true} for the locale's own digits (Persian {@code ۰–۹} for {@code fa},
 *                     Arabic-Indic {@code ٠–٩} for {@code ar}); {@code false} for Latin {@code 0–9}.
 *                     A locale whose own digits are Latin ({@code en}, {@code mn}) shows Latin
 *                     digits either way.
 */
public record FormatPreferences(Locale locale, CalendarSystem calendar, boolean nativeDigits) {

    public FormatPreferences {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(calendar, "calendar");
    }

    public FormatPreferences withCalendar(CalendarSystem newCalendar) {
        return new FormatPreferences(locale, newCalendar, nativeDigits);
    }

    public FormatPreferences withNativeDigits(boolean useNativeDigits) {
        return new FormatPreferences(locale, calendar, useNativeDigits);
    }
}
