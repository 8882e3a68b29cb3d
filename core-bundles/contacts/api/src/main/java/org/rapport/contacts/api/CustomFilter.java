package org.rapport.contacts.api;

/**
 * A condition on a custom field in a {@link ContactQuery}. The value is of the field's type ({@link CustomFieldType})
 * or text that parses as it (e.g. {@code "2026-01-31"}, {@code "12.5"}, {@code "true"}, {@code "100 EUR"}).
 *
 * @param key   the field's key
 * @param match how the value is compared
 * @param value what it is compared with; for {@link Match#ANY_OF} a {@link java.util.Collection} or comma-separated
 *              text
 */
public record CustomFilter(String key, Match match, Object value) {

    public enum Match {
        /** Text, choice, boolean, number, date: the same value. */
        EQUALS,
        /** Choice or multi-choice: has at least one of the values. */
        ANY_OF,
        /** Number, date, money: at least this (money in another currency never matches one with a currency). */
        MIN,
        /** Number, date, money: at most this. */
        MAX
    }
}
