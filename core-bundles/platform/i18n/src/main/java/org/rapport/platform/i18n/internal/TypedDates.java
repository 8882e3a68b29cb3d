package org.rapport.platform.i18n.internal;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapport.platform.api.i18n.FormatPreferences;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;

/** Reads a date a user typed, in their calendar, with any digits. Not thread-safe: one per call. */
final class TypedDates {

    /** Three numbers, separated twice by the same one of / - . ؍ (Arabic date separator) ٫ ⁄ ∕ */
    private static final Pattern NUMERIC =
            Pattern.compile("(\\d{1,4})\\s*([/\\-.\u060D\u066B\u2044\u2215])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,4})");

    private static final int[] STYLES = {DateFormat.SHORT, DateFormat.MEDIUM, DateFormat.LONG, DateFormat.FULL};
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final FormatPreferences preferences;
    private final int currentYear;

    /** @param today today's date, for two-digit years */
    TypedDates(FormatPreferences preferences, LocalDate today) {
        this.preferences = preferences;
        this.currentYear = calendarAt(today).get(Calendar.YEAR);
    }

    LocalDate parse(String typed) {
        String text = normalize(typed);
        if (text.isEmpty()) {
            throw failure(typed, "No date was typed.");
        }
        Matcher numeric = NUMERIC.matcher(Digits.toLatin(text));
        if (numeric.matches()) {
            return numericDate(typed, numeric);
        }
        // ICU's patterns may hold bidi marks themselves (ar: "d\u200F/M\u200F/y G"): try the text as typed too.
        return writtenDate(text)
                .or(() -> writtenDate(Digits.toLatin(text)))
                .or(() -> writtenDate(typed.strip()))
                .orElseThrow(() -> failure(typed, "It is not a date in the "
                        + IcuLocales.calendarName(preferences.calendar()) + " calendar."));
    }

    private LocalDate numericDate(String typed, Matcher numeric) {
        String first = numeric.group(1);
        FieldOrder order = first.length() >= 3 ? FieldOrder.YEAR_MONTH_DAY : shortDateOrder();
        String[] numbers = {first, numeric.group(3), numeric.group(4)};
        String yearText = numbers[order.year];
        int year = Integer.parseInt(yearText);
        int month = Integer.parseInt(numbers[order.month]);
        int day = Integer.parseInt(numbers[order.day]);
        if (numbers[order.month].length() > 2 || numbers[order.day].length() > 2) {
            throw failure(typed, "Month and day have one or two digits.");
        }
        if (yearText.length() <= 2) {
            year = nearestYear(year);
        }
        if (year < 1) {
            throw failure(typed, "There is no year 0.");
        }
        Calendar calendar = IcuLocales.calendar(preferences, IcuLocales.utc());
        int months = calendar.getMaximum(Calendar.MONTH) + 1;
        if (month < 1 || month > months) {
            throw failure(typed, "There is no month " + month + "; months are 1 to " + months + ".");
        }
        calendar.clear();
        calendar.set(year, month - 1, 1);
        int days = calendar.getActualMaximum(Calendar.DAY_OF_MONTH);
        if (day < 1 || day > days) {
            throw failure(typed, "Month " + month + " of " + year + " has " + days + " days.");
        }
        calendar.set(Calendar.DAY_OF_MONTH, day);
        return LocalDate.ofEpochDay(Math.floorDiv(calendar.getTimeInMillis(), MILLIS_PER_DAY));
    }

    /** A date written as the locale writes it ("۱ فروردین ۱۴۰۵"), in any of its four styles. */
    private Optional<LocalDate> writtenDate(String text) {
        for (int style : STYLES) {
            DateFormat format = IcuLocales.format(preferences, locale -> DateFormat.getDateInstance(style, locale));
            format.setCalendar(IcuLocales.calendar(preferences, IcuLocales.utc()));
            format.setCalendarLenient(false);
            ParsePosition position = new ParsePosition(0);
            Date date = format.parse(text, position);
            if (date != null && position.getErrorIndex() < 0 && position.getIndex() == text.length()) {
                return Optional.of(LocalDate.ofEpochDay(Math.floorDiv(date.getTime(), MILLIS_PER_DAY)));
            }
        }
        return Optional.empty();
    }

    /** The year ending in {@code twoDigits} within 80 years before and 20 after this year. */
    private int nearestYear(int twoDigits) {
        int year = currentYear - Math.floorMod(currentYear, 100) + twoDigits;
        if (year > currentYear + 20) {
            return year - 100;
        }
        return year <= currentYear - 80 ? year + 100 : year;
    }

    private FieldOrder shortDateOrder() {
        DateFormat format = IcuLocales.format(preferences,
                locale -> DateFormat.getDateInstance(DateFormat.SHORT, locale));
        return format instanceof SimpleDateFormat simple ? FieldOrder.of(simple.toPattern())
                : FieldOrder.YEAR_MONTH_DAY;
    }

    private DateTimeParseException failure(String typed, String reason) {
        FieldOrder order = shortDateOrder();
        return new DateTimeParseException("«" + typed + "» cannot be read as a date. " + reason + " Type "
                + order.description + ", for example " + example(order) + ".", typed, 0);
    }

    /** Today in the user's calendar, order and digits. */
    private String example(FieldOrder order) {
        String[] fields = new String[3];
        fields[order.year] = Integer.toString(currentYear);
        fields[order.month] = "1";
        fields[order.day] = "15";
        String example = String.join("/", fields);
        String digits = NumberingSystem.getInstance(IcuLocales.locale(preferences)).getDescription();
        if (digits.codePointCount(0, digits.length()) != 10) {
            return example;
        }
        StringBuilder localized = new StringBuilder();
        example.codePoints().forEach(c -> localized.appendCodePoint(
                Character.isDigit(c) ? digits.codePointAt(digits.offsetByCodePoints(0, c - '0')) : c));
        return localized.toString();
    }

    private Calendar calendarAt(LocalDate date) {
        Calendar calendar = IcuLocales.calendar(preferences, IcuLocales.utc());
        calendar.setTimeInMillis(date.toEpochDay() * MILLIS_PER_DAY);
        return calendar;
    }

    /**
     * Without bidi controls (text copied from RTL pages brings them), with single spaces, trimmed.
     * Other invisible characters stay: month and weekday names need their ZWNJ ({@code سه‌شنبه}),
     * ZWJ ({@code ه‍.ش}) and tatweel ({@code هـ}).
     */
    private static String normalize(String typed) {
        StringBuilder out = new StringBuilder(typed.length());
        typed.codePoints()
                .filter(c -> !UCharacter.hasBinaryProperty(c, UProperty.BIDI_CONTROL) && c != 0xFEFF)
                .map(c -> UCharacter.isUWhiteSpace(c) ? ' ' : c)
                .forEach(out::appendCodePoint);
        return out.toString().trim().replaceAll(" {2,}", " ");
    }

    /** Where year, month and day stand in a numeric date: indices 0, 1, 2. */
    private record FieldOrder(int year, int month, int day, String description) {

        static final FieldOrder YEAR_MONTH_DAY = new FieldOrder(0, 1, 2, "year/month/day");

        /** The order of y, M and d in an ICU date pattern, skipping quoted text. */
        static FieldOrder of(String pattern) {
            int[] positions = {-1, -1, -1};
            int found = 0;
            boolean quoted = false;
            for (char c : pattern.toCharArray()) {
                if (c == '\'') {
                    quoted = !quoted;
                    continue;
                }
                int field = quoted ? -1 : switch (c) {
                    case 'y', 'u' -> 0;
                    case 'M', 'L' -> 1;
                    case 'd' -> 2;
                    default -> -1;
                };
                if (field >= 0 && positions[field] < 0) {
                    positions[field] = found++;
                }
            }
            if (found != 3) {
                return YEAR_MONTH_DAY;
            }
            String[] names = new String[3];
            names[positions[0]] = "year";
            names[positions[1]] = "month";
            names[positions[2]] = "day";
            return new FieldOrder(positions[0], positions[1], positions[2], String.join("/", names));
        }
    }
}
