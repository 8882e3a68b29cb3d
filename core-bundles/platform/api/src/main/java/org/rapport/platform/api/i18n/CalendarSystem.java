package org.rapport.platform.api.i18n;

/**
 * The calendars users may see dates in. Dates are always stored and exchanged as ISO (proleptic
 * Gregorian) {@link java.time.LocalDate}s; the calendar only changes how they are shown and typed.
 */
public enum CalendarSystem {

    /** The Gregorian calendar, proleptic (as {@link java.time.LocalDate}: no Julian dates before 1582). */
    GREGORIAN("gregorian"),

    /** The Solar Hijri (Jalali) calendar of Iran and Afghanistan; the default for Persian. */
    PERSIAN("persian"),

    /** The tabular (arithmetic) Hijri calendar; it may differ by a day or two from sighted months. */
    ISLAMIC_CIVIL("islamic-civil"),

    /** Saudi Arabia's Umm al-Qura Hijri calendar (ICU's tables cover 1300–1600 AH; tabular outside). */
    ISLAMIC_UMALQURA("islamic-umalqura");

    private final String cldrName;

    CalendarSystem(String cldrName) {
        this.cldrName = cldrName;
    }

    /** The calendar's name in CLDR and ICU locale keywords ({@code @calendar=persian}). */
    public String cldrName() {
        return cldrName;
    }
}
