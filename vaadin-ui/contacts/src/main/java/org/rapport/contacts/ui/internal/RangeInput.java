package org.rapport.contacts.ui.internal;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.rapport.contacts.api.CustomFilter;
import org.rapport.contacts.api.Money;

/**
 * Reads what a user typed into a range filter (from, to) and turns it into the module's {@code MIN}/{@code MAX}
 * conditions. Numbers are read in any script's digits with the separators people type ({@code ۱۲٬۵۰۰٫۵},
 * {@code 12,500.5}); what cannot be used is an {@link Invalid} naming a message, never an exception of the library.
 */
final class RangeInput {

    /** What the module's values index holds (as its parser checks): the user learns it before the query does. */
    static final int MAX_INTEGER_DIGITS = 20;
    static final int MAX_SCALE = 10;

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");

    private RangeInput() {
    }

    /** Input a filter cannot use, with the message key (in the contacts texts) that tells the user what to type. */
    static final class Invalid extends Exception {

        private static final long serialVersionUID = 1L;
        private final String key;

        Invalid(String key) {
            super(key, null, false, false);
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    /** {@code null} for blank input, else the number typed, in Latin, Persian, Arabic-Indic or other digits. */
    static BigDecimal number(String text, Locale locale) throws Invalid {
        if (text == null || text.isBlank()) {
            return null;
        }
        char decimal = locale == null ? '.' : DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                plain.append((char) ('0' + Character.digit(c, 10)));
            } else if (c == '.' || c == '\u066B' || c == ',' && decimal == ',') {
                plain.append('.');
            } else if (c == '-' || c == '\u2212') {
                plain.append('-');
            } else if (c == '+' && plain.isEmpty() || c == ',' || c == '\u066C' || c == '\'' || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT) {
                // signs of nothing, group separators, spaces and bidi marks as copied from a formatted number
                continue;
            } else {
                throw new Invalid("contacts.range.notNumber");
            }
        }
        if (!PLAIN_NUMBER.matcher(plain).matches()) {
            throw new Invalid("contacts.range.notNumber");
        }
        BigDecimal number = new BigDecimal(plain.toString());
        number = number.scale() > 0 ? number.stripTrailingZeros() : number;
        if (number.scale() < 0) {
            number = number.setScale(0);
        }
        if (number.scale() > MAX_SCALE || number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
            throw new Invalid("contacts.range.tooLong");
        }
        return number;
    }

    /** Refuses a range that starts after it ends; either end may be open ({@code null}). */
    static <T extends Comparable<T>> void ordered(T min, T max) throws Invalid {
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new Invalid("contacts.range.order");
        }
    }

    /**
     * The conditions of a range on {@code key}: none, one or both ends. Amounts with a {@code currency} compare only
     * amounts in that currency; without one, amounts in any currency (the module's rule for {@code MIN}/{@code MAX}).
     */
    static List<CustomFilter> conditions(String key, Object min, Object max, String currency) {
        List<CustomFilter> conditions = new ArrayList<>(2);
        if (min != null) {
            conditions.add(new CustomFilter(key, CustomFilter.Match.MIN, withCurrency(min, currency)));
        }
        if (max != null) {
            conditions.add(new CustomFilter(key, CustomFilter.Match.MAX, withCurrency(max, currency)));
        }
        return List.copyOf(conditions);
    }

    private static Object withCurrency(Object end, String currency) {
        return currency != null && !currency.isBlank() && end instanceof BigDecimal amount ? new Money(amount, currency)
                : end;
    }
}
