package org.rapport.platform.i18n.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.platform.api.i18n.CalendarSystem;
import org.rapport.platform.api.i18n.FormatPreferences;
import org.rapport.platform.api.i18n.LocaleFormatting;

/**
 * Expected texts are CLDR's, as shipped by the pinned ICU4J: an ICU upgrade that changes them should
 * be noticed here and looked at.
 */
class IcuLocaleFormattingTest {

    private static final LocalDate NOWRUZ_1405 = LocalDate.of(2026, 3, 21);
    private static final Locale FA = Locale.forLanguageTag("fa-IR");
    private static final Locale AR_SA = Locale.forLanguageTag("ar-SA");
    private static final FormatPreferences FA_PERSIAN_DIGITS = new FormatPreferences(FA, CalendarSystem.PERSIAN, true);
    private static final FormatPreferences FA_LATIN_DIGITS = FA_PERSIAN_DIGITS.withNativeDigits(false);
    private static final FormatPreferences EN_US = new FormatPreferences(Locale.US, CalendarSystem.GREGORIAN, false);

    private final LocaleFormatting formatting =
            new IcuLocaleFormatting(Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC));

    // --- defaults -----------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}: {1}, native digits {2}")
    @CsvSource({
            "fa, PERSIAN, true",
            "fa-IR, PERSIAN, true",
            "fa-AF, PERSIAN, true",
            "ar, GREGORIAN, false",
            "ar-SA, GREGORIAN, true",
            "ar-EG, GREGORIAN, true",
            "ar-MA, GREGORIAN, false",
            "en, GREGORIAN, false",
            "mn, GREGORIAN, false",
            "mn-MN, GREGORIAN, false",
            "fa-u-ca-gregory, GREGORIAN, true",
            "fa-u-nu-latn, PERSIAN, false",
            "ar-SA-u-ca-islamic-umalqura, ISLAMIC_UMALQURA, true",
            "en-u-ca-islamic-civil-nu-arab, ISLAMIC_CIVIL, true"})
    void defaultsFollowTheLocale(String tag, CalendarSystem calendar, boolean nativeDigits) {
        Locale locale = Locale.forLanguageTag(tag);
        assertEquals(new FormatPreferences(locale, calendar, nativeDigits), formatting.defaults(locale));
    }

    // --- dates --------------------------------------------------------------------------------

    @Test
    void nowruzIsTheFirstOfFarvardin1405() {
        assertEquals("۱ فروردین ۱۴۰۵", formatting.formatDate(NOWRUZ_1405, FormatStyle.LONG, FA_PERSIAN_DIGITS));
        assertEquals("۱۴۰۵/۱/۱", formatting.formatDate(NOWRUZ_1405, FormatStyle.SHORT, FA_PERSIAN_DIGITS));
        assertEquals("1 فروردین 1405", formatting.formatDate(NOWRUZ_1405, FormatStyle.LONG, FA_LATIN_DIGITS));
        assertEquals("1405/1/1", formatting.formatDate(NOWRUZ_1405, FormatStyle.SHORT, FA_LATIN_DIGITS));
        // Weekday first, no Latin comma: the Persian-language pattern, not CLDR's root fallback for this calendar.
        assertEquals("شنبه ۱ فروردین ۱۴۰۵", formatting.formatDate(NOWRUZ_1405, FormatStyle.FULL, FA_PERSIAN_DIGITS));
        // the day before is the last day of 1404, which is not a leap year
        assertEquals("1404/12/29", formatting.formatDate(NOWRUZ_1405.minusDays(1), FormatStyle.SHORT, FA_LATIN_DIGITS));
    }

    @Test
    void persianDefaultsGiveJalaliWithPersianDigits() {
        assertEquals("۱ فروردین ۱۴۰۵", formatting.formatDate(NOWRUZ_1405, FormatStyle.LONG, formatting.defaults(FA)));
    }

    @Test
    void persianUserMayChooseGregorian() {
        assertEquals("۲۱ مارس ۲۰۲۶",
                formatting.formatDate(NOWRUZ_1405, FormatStyle.LONG, FA_PERSIAN_DIGITS.withCalendar(CalendarSystem.GREGORIAN)));
    }

    /** Nowruz as Iran observed it, 1395 to 1405; two of these years began on 20 March. */
    @ParameterizedTest(name = "1 Farvardin {0} = {1}")
    @CsvSource({"1395, 2016-03-20", "1396, 2017-03-21", "1399, 2020-03-20", "1400, 2021-03-21",
            "1403, 2024-03-20", "1404, 2025-03-21", "1405, 2026-03-21"})
    void persianNewYears(int persianYear, LocalDate gregorian) {
        assertEquals(gregorian, formatting.parseDate(persianYear + "/1/1", FA_LATIN_DIGITS));
        assertEquals(persianYear + "/1/1", formatting.formatDate(gregorian, FormatStyle.SHORT, FA_LATIN_DIGITS));
    }

    @Test
    void hijriInArabicAndEnglish() {
        FormatPreferences ummAlQura = new FormatPreferences(AR_SA, CalendarSystem.ISLAMIC_UMALQURA, true);
        // 1 Ramadan 1446 and 1 Shawwal 1446 (Eid al-Fitr) as Saudi Arabia's calendar had them
        assertEquals("١ رمضان ١٤٤٦ هـ", formatting.formatDate(LocalDate.of(2025, 3, 1), FormatStyle.LONG, ummAlQura));
        assertEquals("١ شوال ١٤٤٦ هـ", formatting.formatDate(LocalDate.of(2025, 3, 30), FormatStyle.LONG, ummAlQura));
        assertEquals("1 رمضان 1446 هـ", formatting.formatDate(LocalDate.of(2025, 3, 1), FormatStyle.LONG,
                ummAlQura.withNativeDigits(false)));
        FormatPreferences civilInEnglish = new FormatPreferences(Locale.US, CalendarSystem.ISLAMIC_CIVIL, false);
        assertEquals("Ramadan 1, 1446 AH",
                formatting.formatDate(LocalDate.of(2025, 3, 1), FormatStyle.LONG, civilInEnglish));
    }

    /**
     * The tabular Hijri calendar is arithmetic: checked against Reingold and Dershowitz's formula
     * (Calendrical Calculations), independent of ICU, for every month of 1440–1450.
     */
    @Test
    void islamicCivilMatchesTheTabularArithmetic() {
        FormatPreferences civil = new FormatPreferences(Locale.US, CalendarSystem.ISLAMIC_CIVIL, false);
        for (int year = 1440; year <= 1450; year++) {
            for (int month = 1; month <= 12; month++) {
                for (int day : new int[] {1, 29}) {
                    long fixed = 227_015 - 1 + (year - 1) * 354L + Math.floorDiv(3 + 11 * year, 30)
                            + 29L * (month - 1) + month / 2 + day;
                    LocalDate expected = LocalDate.ofEpochDay(fixed - 719_163);
                    assertEquals(expected, formatting.parseDate(year + "/" + month + "/" + day, civil),
                            year + "/" + month + "/" + day);
                }
            }
        }
    }

    @Test
    void gregorianIsProlepticAsJavaTime() {
        // ICU's default Gregorian calendar would show this day as February 20, 1500 (Julian)
        assertEquals("March 1, 1500", formatting.formatDate(LocalDate.of(1500, 3, 1), FormatStyle.LONG, EN_US));
        assertEquals(LocalDate.of(1500, 3, 1), formatting.parseDate("1500-03-01", EN_US));
    }

    @Test
    void dateTimesInTheUsersZone() {
        Instant morning = Instant.parse("2026-03-21T08:30:00Z");
        assertEquals("۱۴۰۵/۱/۱, ۱۲:۰۰", formatting.formatDateTime(morning, ZoneId.of("Asia/Tehran"),
                FormatStyle.SHORT, FormatStyle.SHORT, FA_PERSIAN_DIGITS));
        assertEquals("1405/1/1, 12:00", formatting.formatDateTime(morning, ZoneOffset.ofHoursMinutes(3, 30),
                FormatStyle.SHORT, FormatStyle.SHORT, FA_LATIN_DIGITS));
        assertEquals("1405/1/1, 12:00", formatting.formatDateTime(morning, ZoneId.of("UTC+03:30"),
                FormatStyle.SHORT, FormatStyle.SHORT, FA_LATIN_DIGITS));
        // late evening in Ulaanbaatar is already the next day
        FormatPreferences mn = new FormatPreferences(Locale.forLanguageTag("mn"), CalendarSystem.GREGORIAN, false);
        assertEquals("2026.03.22 01:00", formatting.formatDateTime(Instant.parse("2026-03-21T17:00:00Z"),
                ZoneId.of("Asia/Ulaanbaatar"), FormatStyle.SHORT, FormatStyle.SHORT, mn));
    }

    // --- typed dates --------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ۱۴۰۵/۰۱/۰۱
            ۱۴۰۵/۱/۱
            1405/01/01
            1405-1-1
            ۱۴۰۵.۱.۱
            ۱۴۰۵ / ۱ / ۱
            ۱۴۰۵/01/۰۱
            ٫۱۴۰۵٫۱٫۱
            ۰۵/۱/۱
            ۱ فروردین ۱۴۰۵
            1 فروردین 1405
            """)
    void readsPersianDatesTypedWithEitherDigits(String typed) {
        if (typed.startsWith("٫")) { // the Arabic decimal separator as the date separator
            typed = typed.substring(1);
        }
        assertEquals(NOWRUZ_1405, formatting.parseDate(typed, FA_PERSIAN_DIGITS));
        assertEquals(NOWRUZ_1405, formatting.parseDate(typed, FA_LATIN_DIGITS));
    }

    @Test
    void readsDatesPastedWithBidiMarks() {
        assertEquals(NOWRUZ_1405, formatting.parseDate("\u200F۱۴۰۵\u200F/۱\u200F/۱\u200E ", FA_PERSIAN_DIGITS));
    }

    @Test
    void readsNumericDatesInTheLocalesOrder() {
        assertEquals(NOWRUZ_1405, formatting.parseDate("3/21/2026", EN_US));
        assertEquals(NOWRUZ_1405, formatting.parseDate("3/21/26", EN_US));
        assertEquals(NOWRUZ_1405, formatting.parseDate("2026-03-21", EN_US));
        assertEquals(NOWRUZ_1405, formatting.parseDate("March 21, 2026", EN_US));
        FormatPreferences british = new FormatPreferences(Locale.UK, CalendarSystem.GREGORIAN, false);
        assertEquals(NOWRUZ_1405, formatting.parseDate("21/03/2026", british));
        FormatPreferences arabic = new FormatPreferences(AR_SA, CalendarSystem.GREGORIAN, true);
        assertEquals(NOWRUZ_1405, formatting.parseDate("٢١/٣/٢٠٢٦", arabic));
        FormatPreferences mongolian = new FormatPreferences(Locale.forLanguageTag("mn"), CalendarSystem.GREGORIAN, false);
        assertEquals(NOWRUZ_1405, formatting.parseDate("2026.03.21", mongolian));
    }

    @Test
    void readsHijriDates() {
        FormatPreferences ummAlQura = new FormatPreferences(AR_SA, CalendarSystem.ISLAMIC_UMALQURA, true);
        assertEquals(LocalDate.of(2025, 3, 1), formatting.parseDate("١٤٤٦/٩/١", ummAlQura));
        assertEquals(LocalDate.of(2025, 3, 30), formatting.parseDate("١ شوال ١٤٤٦ هـ", ummAlQura));
    }

    @Test
    void twoDigitYearsAreTheNearestCentury() {
        // today is 1405 (Persian) and 2026 (Gregorian): 20 years ahead, 80 back
        assertEquals(LocalDate.of(2046, 1, 1), formatting.parseDate("1/1/46", EN_US));
        assertEquals(LocalDate.of(1947, 1, 1), formatting.parseDate("1/1/47", EN_US));
        assertEquals(1390, persianYearOf(formatting.parseDate("90/1/1", FA_LATIN_DIGITS)));
        assertEquals(1425, persianYearOf(formatting.parseDate("25/1/1", FA_LATIN_DIGITS)));
    }

    @Test
    void refusesDaysThatDoNotExistInTheCalendar() {
        assertEquals(LocalDate.of(2025, 3, 20), formatting.parseDate("1403/12/30", FA_LATIN_DIGITS), "1403 is leap");
        DateTimeParseException notLeap = assertThrows(DateTimeParseException.class,
                () -> formatting.parseDate("۱۴۰۴/۱۲/۳۰", FA_PERSIAN_DIGITS));
        assertTrue(notLeap.getMessage().contains("Month 12 of 1404 has 29 days."), notLeap.getMessage());
        assertEquals("۱۴۰۴/۱۲/۳۰", notLeap.getParsedString());

        DateTimeParseException month13 = assertThrows(DateTimeParseException.class,
                () -> formatting.parseDate("1405/13/01", FA_LATIN_DIGITS));
        assertTrue(month13.getMessage().contains("There is no month 13; months are 1 to 12."), month13.getMessage());
        // Farvardin has 31 days, Mehr (month 7) 30
        assertEquals(LocalDate.of(2026, 4, 20), formatting.parseDate("1405/1/31", FA_LATIN_DIGITS));
        assertThrows(DateTimeParseException.class, () -> formatting.parseDate("1405/7/31", FA_LATIN_DIGITS));
        assertThrows(DateTimeParseException.class, () -> formatting.parseDate("2026-02-29", EN_US));
        assertThrows(DateTimeParseException.class, () -> formatting.parseDate("0/1/1", EN_US));
    }

    @Test
    void unreadableInputGetsAMessageWithAnExampleInTheUsersDigits() {
        DateTimeParseException e = assertThrows(DateTimeParseException.class,
                () -> formatting.parseDate("فردا", FA_PERSIAN_DIGITS));
        assertEquals("«فردا» cannot be read as a date. It is not a date in the Persian (Solar Hijri) calendar. "
                + "Type year/month/day, for example ۱۴۰۵/۱/۱۵.", e.getMessage());
        DateTimeParseException english = assertThrows(DateTimeParseException.class,
                () -> formatting.parseDate("21st of March", EN_US));
        assertTrue(english.getMessage().endsWith("Type month/day/year, for example 1/15/2026."), english.getMessage());
        assertThrows(DateTimeParseException.class, () -> formatting.parseDate("   ", EN_US));
        assertThrows(DateTimeParseException.class, () -> formatting.parseDate("1405/1/1/1", FA_LATIN_DIGITS));
        assertThrows(DateTimeParseException.class, () -> formatting.parseDate("1 فروردین 1405 ساعت ۵", FA_LATIN_DIGITS));
    }

    /** What we show, the user can type back: every day of three Persian years, in every style. */
    @ParameterizedTest
    @EnumSource(FormatStyle.class)
    void persianDatesRoundTrip(FormatStyle style) {
        for (LocalDate date = LocalDate.of(2024, 3, 20); date.isBefore(LocalDate.of(2027, 3, 21)); date = date.plusDays(1)) {
            for (FormatPreferences preferences : List.of(FA_PERSIAN_DIGITS, FA_LATIN_DIGITS)) {
                String shown = formatting.formatDate(date, style, preferences);
                assertEquals(date, formatting.parseDate(shown, preferences), shown);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = CalendarSystem.class)
    void everyCalendarRoundTripsInArabicAndEnglish(CalendarSystem calendar) {
        for (Locale locale : List.of(AR_SA, Locale.US, FA, Locale.forLanguageTag("mn"))) {
            for (boolean nativeDigits : new boolean[] {true, false}) {
                FormatPreferences preferences = new FormatPreferences(locale, calendar, nativeDigits);
                for (FormatStyle style : FormatStyle.values()) {
                    for (LocalDate date = LocalDate.of(2025, 1, 1); date.isBefore(LocalDate.of(2026, 1, 1)); date = date.plusDays(7)) {
                        String shown = formatting.formatDate(date, style, preferences);
                        assertEquals(date, formatting.parseDate(shown, preferences), () -> preferences + " " + style + " " + shown);
                    }
                }
            }
        }
    }

    // --- numbers and money --------------------------------------------------------------------

    @Test
    void numbersInTheUsersDigits() {
        BigDecimal number = new BigDecimal("1234567.891");
        assertEquals("۱٬۲۳۴٬۵۶۷٫۸۹۱", formatting.formatNumber(number, FA_PERSIAN_DIGITS));
        assertEquals("1,234,567.891", formatting.formatNumber(number, FA_LATIN_DIGITS));
        assertEquals("١٬٢٣٤٬٥٦٧٫٨٩١", formatting.formatNumber(number, new FormatPreferences(AR_SA, CalendarSystem.GREGORIAN, true)));
        assertEquals("1,234,567.891", formatting.formatNumber(number, EN_US));
        assertEquals("1,234,567.891", formatting.formatNumber(number, EN_US.withNativeDigits(true)), "English has no other digits");
        assertEquals("0.123456789123", formatting.formatNumber(new BigDecimal("0.123456789123"), EN_US), "no rounding");
        assertEquals("\u200E\u2212۵", formatting.formatNumber(new BigDecimal("-5"), FA_PERSIAN_DIGITS), "Persian minus, kept left of the digits");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fa-IR | IRR | true  | \u200Eریال\u00A0۱٬۲۳۴٬۵۶۸
            fa-IR | IRR | false | \u200Eریال\u00A01,234,568
            fa-AF | AFN | true  | ؋\u00A0۱٬۲۳۴٬۵۶۸
            ar-SA | SAR | true  | \u200F١٬٢٣٤٬٥٦٧٫٨٩\u00A0ر.س.\u200F
            ar-SA | SAR | false | \u200F1,234,567.89\u00A0ر.س.\u200F
            mn-MN | MNT | false | ₮\u00A01,234,567.89
            en-US | USD | false | $1,234,567.89
            fa-IR | USD | false | \u200E$\u00A01,234,567.89
            """)
    void currencyInItsLocale(String tag, String currency, boolean nativeDigits, String expected) {
        FormatPreferences preferences = new FormatPreferences(Locale.forLanguageTag(tag), CalendarSystem.GREGORIAN, nativeDigits);
        assertEquals(expected, formatting.formatCurrency(new BigDecimal("1234567.891"), currency, preferences));
    }

    @Test
    void currencyAmountsRoundHalfEvenToTheCurrencysDigits() {
        assertEquals("$0.12", formatting.formatCurrency(new BigDecimal("0.125"), "USD", EN_US));
        assertEquals("$0.14", formatting.formatCurrency(new BigDecimal("0.135"), "usd", EN_US));
        assertEquals("IRR 1,234,568", formatting.formatCurrency(new BigDecimal("1234567.5"), "IRR", EN_US).replace('\u00A0', ' '));
        assertEquals("IRR 1,234,568", formatting.formatCurrency(new BigDecimal("1234568.5"), "IRR", EN_US).replace('\u00A0', ' '));
    }

    @Test
    void unknownCurrencyIsRefusedWithAHint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> formatting.formatCurrency(BigDecimal.ONE, "TOMAN", FA_PERSIAN_DIGITS));
        assertEquals("«TOMAN» is not a currency code: use an ISO 4217 code such as IRR, AFN, SAR, MNT or USD.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> formatting.formatCurrency(BigDecimal.ONE, "XYZ", EN_US));
    }

    // --- direction ----------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"fa, true", "fa-AF, true", "ar, true", "ar-MA, true", "he, true", "ur, true", "ps, true", "ckb, true",
            "en, false", "en-US, false", "mn, false", "mn-Mong, false", "ru, false", "tr, false", "az-Arab, true", "az, false"})
    void rightToLeft(String tag, boolean rightToLeft) {
        assertEquals(rightToLeft, formatting.isRightToLeft(Locale.forLanguageTag(tag)));
    }

    @Test
    void legacyHebrewCodeIsRightToLeft() {
        assertTrue(formatting.isRightToLeft(new Locale("iw")));
        assertFalse(formatting.isRightToLeft(Locale.ROOT));
    }

    // --- threads ------------------------------------------------------------------------------

    @Test
    void sharedBetweenThreads() throws Exception {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            dates.add(NOWRUZ_1405.plusDays(i * 37L));
        }
        List<String> expected = dates.stream()
                .map(d -> formatting.formatDate(d, FormatStyle.LONG, FA_PERSIAN_DIGITS)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 5; round++) {
                        for (int i = 0; i < dates.size(); i++) {
                            String shown = formatting.formatDate(dates.get(i), FormatStyle.LONG, FA_PERSIAN_DIGITS);
                            if (!shown.equals(expected.get(i))
                                    || !formatting.parseDate(shown, FA_PERSIAN_DIGITS).equals(dates.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int persianYearOf(LocalDate date) {
        return Integer.parseInt(new IcuLocaleFormatting().formatDate(date, FormatStyle.SHORT, FA_LATIN_DIGITS).split("/")[0]);
    }
}
