package org.rapport.platform.api.i18n;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Shows dates, times, numbers and amounts the way a user reads them, in the user's calendar and
 * digits, and reads back dates they type. Texts follow CLDR through ICU: {@code fa} with Persian
 * digits shows 2026-03-21 as {@code ۱ فروردین ۱۴۰۵} ({@link FormatStyle#LONG}).
 * <p>
 * The results are for people: they may contain bidi marks (U+200E, U+200F) that keep them in order
 * inside right-to-left text, and no-break spaces. Never parse them as data, and never store them.
 * Implementations are thread-safe.
 */
@ProviderType
public interface LocaleFormatting {

    /**
     * What {@code locale} expects: the Persian calendar for Persian ({@code fa}), Gregorian for
     * every other language; the locale's own digits when CLDR makes them its default ({@code fa},
     * {@code ar-SA}, {@code ar-EG}: yes; plain {@code ar}, {@code ar-MA}, {@code en}, {@code mn}: no).
     * Unicode extensions of
     * the locale win: {@code fa-u-ca-gregory} asks for Gregorian, {@code ar-u-nu-latn} for Latin digits.
     */
    FormatPreferences defaults(Locale locale);

    /** {@code date} in the preferred calendar and digits, e.g. {@code ۱ فروردین ۱۴۰۵} (LONG, fa). */
    String formatDate(LocalDate date, FormatStyle style, FormatPreferences preferences);

    /**
     * {@code instant} as seen in {@code zone}: its date in the preferred calendar, and its time.
     * {@link FormatStyle#FULL} and {@link FormatStyle#LONG} time styles name the zone.
     */
    String formatDateTime(Instant instant, ZoneId zone, FormatStyle dateStyle, FormatStyle timeStyle,
            FormatPreferences preferences);

    /** {@code number} with the locale's separators and the preferred digits, without rounding. */
    String formatNumber(BigDecimal number, FormatPreferences preferences);

    /**
     * {@code amount} of the currency {@code currencyCode} (ISO 4217, e.g. {@code IRR}, {@code USD};
     * case does not matter), with the currency's symbol placed as the locale does. Rounded half-even to
     * the currency's usual fraction digits (none for IRR, AFN; two for USD, SAR, MNT).
     *
     * @throws IllegalArgumentException if {@code currencyCode} is not an ISO 4217 currency
     */
    String formatCurrency(BigDecimal amount, String currencyCode, FormatPreferences preferences);

    /**
     * The date a user typed, in the preferred calendar, with Latin or native digits (or a mix). Reads
     * <ul>
     * <li>numeric dates with {@code / - .} or the Arabic date separator: year first when the first
     *     number has three or four digits ({@code ۱۴۰۵/۱/۱}, {@code 1405-01-01}), else in the order of
     *     the locale's short date ({@code 3/21/2026} in {@code en-US}, {@code 21/03/2026} in
     *     {@code en-GB}); a two-digit year is the one within 80 years before and 20 after today;</li>
     * <li>the locale's own written dates ({@code ۱ فروردین ۱۴۰۵}, {@code March 21, 2026}).</li>
     * </ul>
     * Dates that do not exist in the calendar (Persian {@code 1404/12/30}, month 13) are refused.
     *
     * @return the date as an ISO {@link LocalDate}
     * @throws DateTimeParseException if {@code text} is not a date in that calendar; its message says
     *                                what was expected, with an example, for the user
     */
    LocalDate parseDate(String text, FormatPreferences preferences);

    /**
     * {@code true} if the locale's script is written right to left: Persian, Arabic, Hebrew, Urdu,
     * Pashto, Sorani Kurdish …; {@code false} for English and Mongolian (Cyrillic or traditional).
     */
    boolean isRightToLeft(Locale locale);
}
