package org.rapport.platform.i18n.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.function.Function;

import org.rapport.platform.api.i18n.CalendarSystem;
import org.rapport.platform.api.i18n.FormatPreferences;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/** Translates our preferences and java.time values into ICU's terms. */
final class IcuLocales {

    static final String CALENDAR_KEYWORD = "calendar";
    static final String NUMBERS_KEYWORD = "numbers";

    private IcuLocales() {
    }

    /** The locale with the calendar and numbering system keywords ICU's formatters follow. */
    static ULocale locale(FormatPreferences preferences) {
        return ULocale.forLocale(preferences.locale())
                .setKeywordValue(CALENDAR_KEYWORD, preferences.calendar().cldrName())
                // "native": the locale's own digits (arabext for fa, arab for ar, latn for en and mn)
                .setKeywordValue(NUMBERS_KEYWORD, preferences.nativeDigits() ? "native" : "latn");
    }

    /**
     * A date (or date-time) format of the locale for the preferred calendar. CLDR writes Persian-language
     * patterns only for the Gregorian calendar; for the Persian calendar ICU falls back to the root pattern
     * ("۱۴۰۵ آذر ۶, جمعه", a Latin comma and the weekday last). In Persian, the Gregorian calendar's patterns are
     * used with the Persian calendar's months and years instead: "جمعه ۶ آذر ۱۴۰۵".
     */
    static DateFormat format(FormatPreferences preferences, Function<ULocale, DateFormat> formatOf) {
        ULocale locale = locale(preferences);
        DateFormat format = formatOf.apply(locale);
        if (preferences.calendar() == CalendarSystem.PERSIAN && "fa".equals(preferences.locale().getLanguage())
                && format instanceof SimpleDateFormat persian
                && formatOf.apply(locale.setKeywordValue(CALENDAR_KEYWORD, "gregorian"))
                        instanceof SimpleDateFormat persianLanguage) {
            persian.applyPattern(persianLanguage.toPattern());
        }
        return format;
    }

    /**
     * A new calendar of the preferred system in {@code zone}. A Gregorian one is proleptic, as
     * java.time is: ICU's switches to the Julian calendar before October 1582 otherwise.
     */
    static Calendar calendar(FormatPreferences preferences, TimeZone zone) {
        Calendar calendar = Calendar.getInstance(zone, locale(preferences));
        if (calendar instanceof GregorianCalendar gregorian) {
            gregorian.setGregorianChange(new Date(Long.MIN_VALUE));
        }
        if (!calendar.getType().equals(preferences.calendar().cldrName())) {
            throw new IllegalStateException("ICU has no " + preferences.calendar().cldrName() + " calendar");
        }
        return calendar;
    }

    /** A new ICU zone for {@code zone} at {@code instant}. */
    static TimeZone timeZone(ZoneId zone, Instant instant) {
        ZoneId normalized = zone.normalized();
        if (!(normalized instanceof ZoneOffset)) {
            TimeZone icu = TimeZone.getTimeZone(normalized.getId());
            if (!TimeZone.UNKNOWN_ZONE_ID.equals(icu.getID())) {
                return icu;
            }
        }
        // A fixed offset, or a region ICU's data does not know yet: java.time's offset at that instant.
        int offsetSeconds = normalized.getRules().getOffset(instant).getTotalSeconds();
        return new SimpleTimeZone(offsetSeconds * 1000, offsetId(offsetSeconds));
    }

    static TimeZone utc() {
        return TimeZone.getTimeZone("Etc/UTC");
    }

    static int style(FormatStyle style) {
        return switch (style) {
            case FULL -> DateFormat.FULL;
            case LONG -> DateFormat.LONG;
            case MEDIUM -> DateFormat.MEDIUM;
            case SHORT -> DateFormat.SHORT;
        };
    }

    static String calendarName(CalendarSystem calendar) {
        return switch (calendar) {
            case GREGORIAN -> "Gregorian";
            case PERSIAN -> "Persian (Solar Hijri)";
            case ISLAMIC_CIVIL -> "Hijri (tabular)";
            case ISLAMIC_UMALQURA -> "Hijri (Umm al-Qura)";
        };
    }

    private static String offsetId(int offsetSeconds) {
        int minutes = Math.abs(offsetSeconds) / 60;
        return String.format("GMT%s%02d:%02d", offsetSeconds < 0 ? "-" : "+", minutes / 60, minutes % 60);
    }
}
