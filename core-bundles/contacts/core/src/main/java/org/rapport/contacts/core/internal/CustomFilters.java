package org.rapport.contacts.core.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.rapport.contacts.api.CustomFieldDefinition;
import org.rapport.contacts.api.CustomFieldType;
import org.rapport.contacts.api.CustomFilter;
import org.rapport.contacts.api.Money;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/**
 * Custom field conditions as JPQL on the list query's {@code e}: each is an {@code e.id in} sub-select on the indexed
 * {@link CustomValueEntity} rows, so the database filters inside the caller's scope and pages stay keyset pages.
 */
final class CustomFilters {

    private CustomFilters() {
    }

    /** Adds a condition per filter to {@code where}; refuses unknown or retired keys and values of the wrong type. */
    static void add(List<CustomFilter> filters, List<CustomFieldDefinition> active, RecordKind kind,
            List<String> where, Map<String, Object> params) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            CustomFilter filter = filters.get(i);
            String name = "custom." + filter.key();
            CustomFieldDefinition field = active.stream().filter(f -> f.key().equals(filter.key())).findFirst()
                    .orElse(null);
            if (field == null) {
                errors.add(new FieldError(name, "there is no active custom field '" + filter.key() + "'"));
                continue;
            }
            try {
                String condition = condition(field, filter, "cf" + i, params);
                where.add("e.id in (select v.recordId from CustomValue v where v.recordKind = :cfKind and v.fieldKey"
                        + " = :cf" + i + "Key and " + condition + ")");
                params.put("cf" + i + "Key", field.key());
                params.put("cfKind", kind.code());
            } catch (IllegalArgumentException badValue) {
                errors.add(new FieldError(name, badValue.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid("The list cannot be filtered that way.", errors);
        }
    }

    private static String condition(CustomFieldDefinition field, CustomFilter filter, String p,
            Map<String, Object> params) {
        CustomFieldType type = field.type();
        CustomFilter.Match match = filter.match() == null ? CustomFilter.Match.EQUALS : filter.match();
        switch (match) {
            case ANY_OF -> {
                if (type != CustomFieldType.CHOICE && type != CustomFieldType.MULTI_CHOICE) {
                    throw new IllegalArgumentException("only choice fields take one-of filters");
                }
                List<String> options = new ArrayList<>();
                Collection<?> given = filter.value() instanceof Collection<?> list ? list
                        : List.of(String.valueOf(filter.value()).split(";"));
                for (Object option : given) {
                    if (option != null && !String.valueOf(option).isBlank()) {
                        options.add(choice(field, option));
                    }
                }
                if (options.isEmpty()) {
                    throw new IllegalArgumentException("name at least one choice");
                }
                params.put(p, options);
                return "v.textValue in :" + p;
            }
            case MIN, MAX -> {
                String op = match == CustomFilter.Match.MIN ? " >= :" : " <= :";
                return switch (type) {
                    case NUMBER -> {
                        params.put(p, CustomValueParser.number(filter.value()));
                        yield "v.numberValue" + op + p;
                    }
                    case DATE -> {
                        params.put(p, CustomValueParser.date(filter.value()));
                        yield "v.dateValue" + op + p;
                    }
                    case MONEY -> money(filter.value(), op, p, params);
                    default -> throw new IllegalArgumentException("only number, date and money fields have a"
                            + " min and max");
                };
            }
            default -> {
                return switch (type) {
                    case TEXT -> {
                        params.put(p, required(CustomValueParser.parse(field, filter.value())));
                        yield "v.textValue = :" + p;
                    }
                    case CHOICE, MULTI_CHOICE -> {
                        params.put(p, choice(field, required(filter.value())));
                        yield "v.textValue = :" + p;
                    }
                    case BOOLEAN -> {
                        params.put(p, CustomValueParser.bool(required(filter.value())));
                        yield "v.boolValue = :" + p;
                    }
                    case NUMBER -> {
                        params.put(p, CustomValueParser.number(required(filter.value())));
                        yield "v.numberValue = :" + p;
                    }
                    case DATE -> {
                        params.put(p, CustomValueParser.date(required(filter.value())));
                        yield "v.dateValue = :" + p;
                    }
                    case MONEY -> {
                        Money money = CustomValueParser.money(required(filter.value()));
                        params.put(p, money.amount());
                        params.put(p + "Currency", money.currency());
                        yield "v.numberValue = :" + p + " and v.currency = :" + p + "Currency";
                    }
                };
            }
        }
    }

    /** {@code 100} compares any currency's amount; {@code 100 EUR} only amounts in euros. */
    private static String money(Object value, String op, String p, Map<String, Object> params) {
        String text = String.valueOf(required(value)).strip();
        if (value instanceof Money || text.contains(" ")) {
            Money money = CustomValueParser.money(value);
            params.put(p, money.amount());
            params.put(p + "Currency", money.currency());
            return "v.numberValue" + op + p + " and v.currency = :" + p + "Currency";
        }
        BigDecimal amount = CustomValueParser.number(value);
        params.put(p, amount);
        return "v.numberValue" + op + p;
    }

    private static String choice(CustomFieldDefinition field, Object option) {
        String choice = String.valueOf(option).strip();
        if (!field.choices().contains(choice)) {
            throw new IllegalArgumentException("'" + choice + "' is not one of " + String.join(", ", field.choices()));
        }
        return choice;
    }

    private static Object required(Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException("a value to compare with");
        }
        return value;
    }
}
