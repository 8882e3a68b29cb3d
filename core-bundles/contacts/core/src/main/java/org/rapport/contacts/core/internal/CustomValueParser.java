package org.rapport.contacts.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rapport.contacts.api.CustomFieldDefinition;
import org.rapport.contacts.api.CustomFieldType;
import org.rapport.contacts.api.Money;

/**
 * Reads a custom field value as its type: the Java type itself (service callers, the UI), what JSON gives (numbers,
 * lists, objects) or text (CSV imports, query parameters). The answer is normalized, so equal means unchanged.
 */
final class CustomValueParser {

    /** What the values index can hold: 20 digits before the point, 10 after. */
    static final int MAX_INTEGER_DIGITS = 20;
    static final int MAX_SCALE = 10;

    private CustomValueParser() {
    }

    /**
     * The value as its field's type, {@code null} for none (null, blank text, an empty list).
     *
     * @throws IllegalArgumentException saying, for an error message, what is wrong with it
     */
    static Object parse(CustomFieldDefinition field, Object raw) {
        if (raw == null || raw instanceof String text && text.isBlank()
                || raw instanceof Collection<?> list && list.isEmpty()) {
            return null;
        }
        return switch (field.type()) {
            case TEXT -> text(raw);
            case NUMBER -> number(raw);
            case DATE -> date(raw);
            case CHOICE -> choice(field, single(raw));
            case MULTI_CHOICE -> choices(field, raw);
            case BOOLEAN -> bool(raw);
            case MONEY -> money(raw);
        };
    }

    private static String text(Object raw) {
        String text = single(raw).strip();
        if (text.codePointCount(0, text.length()) > CustomFieldDefinition.MAX_TEXT) {
            throw new IllegalArgumentException("at most " + CustomFieldDefinition.MAX_TEXT + " characters");
        }
        return text;
    }

    private static String single(Object raw) {
        if (raw instanceof String text) {
            return text.strip();
        }
        if (raw instanceof Collection<?> || raw instanceof Map<?, ?>) {
            throw new IllegalArgumentException("a single value, not a list or object");
        }
        return String.valueOf(raw);
    }

    static BigDecimal number(Object raw) {
        BigDecimal number;
        if (raw instanceof BigDecimal decimal) {
            number = decimal;
        } else if (raw instanceof Double || raw instanceof Float) {
            // JSON numbers may arrive as doubles: their shortest decimal writing is what was sent
            number = new BigDecimal(raw.toString());
        } else if (raw instanceof Number whole) {
            number = new BigDecimal(whole.toString());
        } else if (raw instanceof String text) {
            try {
                number = new BigDecimal(text.strip());
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException("'" + text + "' is not a number (write e.g. 1234.5)");
            }
        } else {
            throw new IllegalArgumentException("a number, e.g. 1234.5");
        }
        number = number.scale() > 0 ? number.stripTrailingZeros() : number;
        if (number.scale() < 0) {
            number = number.setScale(0);
        }
        if (number.scale() > MAX_SCALE || number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("at most " + MAX_INTEGER_DIGITS + " digits before the point and "
                    + MAX_SCALE + " after");
        }
        return number;
    }

    static LocalDate date(Object raw) {
        if (raw instanceof LocalDate day) {
            return day;
        }
        String text = single(raw);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            throw new IllegalArgumentException("'" + text + "' is not a date (write it as 2026-01-31)");
        }
    }

    private static String choice(CustomFieldDefinition field, String value) {
        if (!field.choices().contains(value)) {
            throw new IllegalArgumentException("'" + value + "' is not one of " + String.join(", ", field.choices()));
        }
        return value;
    }

    private static List<String> choices(CustomFieldDefinition field, Object raw) {
        Collection<?> given = raw instanceof Collection<?> list ? list
                : List.of(single(raw).split(";"));
        Set<String> chosen = new LinkedHashSet<>();
        for (Object each : given) {
            if (each != null && !String.valueOf(each).isBlank()) {
                chosen.add(choice(field, single(each)));
            }
        }
        // in the order the field lists its choices, so the same set is always the same value
        List<String> ordered = new ArrayList<>(field.choices());
        ordered.retainAll(chosen);
        return ordered.isEmpty() ? null : List.copyOf(ordered);
    }

    static Boolean bool(Object raw) {
        if (raw instanceof Boolean yes) {
            return yes;
        }
        String text = single(raw).toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("'" + text + "' is not true or false");
        };
    }

    /** {@link Money}, {@code {"amount": "12.50", "currency": "EUR"}}, or text {@code "12.50 EUR"}. */
    static Money money(Object raw) {
        Object amount;
        Object currency;
        if (raw instanceof Money money) {
            amount = money.amount();
            currency = money.currency();
        } else if (raw instanceof Map<?, ?> object) {
            amount = object.get("amount");
            currency = object.get("currency");
        } else {
            String[] parts = single(raw).split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException("an amount and a currency, e.g. 12.50 EUR");
            }
            amount = parts[0];
            currency = parts[1];
        }
        if (amount == null) {
            throw new IllegalArgumentException("an amount and a currency, e.g. 12.50 EUR");
        }
        String code = currency(currency);
        BigDecimal value = number(amount);
        // 12.5 EUR is written 12.50 EUR, as the currency's minor unit says
        int minorDigits = Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
        return new Money(value.scale() < minorDigits ? value.setScale(minorDigits) : value, code);
    }

    static String currency(Object raw) {
        String code = raw == null ? "" : single(raw).toUpperCase(Locale.ROOT);
        if (code.isBlank()) {
            throw new IllegalArgumentException("an amount needs its currency, e.g. EUR");
        }
        try {
            if (code.length() == 3) {
                return Currency.getInstance(code).getCurrencyCode();
            }
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code (e.g. EUR, IRR, MNT)");
    }

    /** A value as CSV and list cells show it: lists joined with {@code ;}, money as {@code 12.5 EUR}. */
    static String text(CustomFieldType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case MULTI_CHOICE -> String.join(";", ((List<?>) value).stream().map(String::valueOf).toList());
            case MONEY -> ((Money) value).amount().toPlainString() + " " + ((Money) value).currency();
            case NUMBER -> ((BigDecimal) value).toPlainString();
            default -> String.valueOf(value);
        };
    }
}
