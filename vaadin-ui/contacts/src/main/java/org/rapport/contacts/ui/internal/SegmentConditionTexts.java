package org.rapport.contacts.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;

import org.rapport.contacts.api.CustomFieldDefinition;
import org.rapport.contacts.api.CustomFilter;
import org.rapport.contacts.api.Money;
import org.rapport.platform.api.i18n.LocaleFormatting;

/**
 * A segment's condition on a custom field in words ("Shoe size from 41"), the value in the user's digits and
 * calendar. A condition stores its value as text; a field no longer defined is named by its key.
 */
final class SegmentConditionTexts {

    private SegmentConditionTexts() {
    }

    static String text(Component page, Locale locale, LocaleFormatting formatting,
            Map<String, CustomFieldDefinition> fields, CustomFilter condition) {
        CustomFieldDefinition field = fields.get(condition.key());
        String label = Texts.isolated(field == null ? condition.key() : field.label());
        String value = condition.value() instanceof Collection<?> values
                ? Texts.joinList(locale, values.stream().map(item -> valueText(page, locale, formatting, field, item))
                        .toList())
                : valueText(page, locale, formatting, field, condition.value());
        String key = switch (condition.match()) {
            case MIN -> "contacts.segments.filter.custom.min";
            case MAX -> "contacts.segments.filter.custom.max";
            case ANY_OF -> "contacts.segments.filter.custom.anyOf";
            default -> "contacts.segments.filter.custom.equals";
        };
        return page.getTranslation(key, label, value);
    }

    /**
     * A value shown as the field's type shows it: typed (from a list's filters) or stored text (a saved segment's);
     * text that does not parse is shown as it is.
     */
    private static String valueText(Component page, Locale locale, LocaleFormatting formatting,
            CustomFieldDefinition field, Object value) {
        String text = value == null ? "" : String.valueOf(value).strip();
        if (field == null || text.isEmpty()) {
            return Texts.isolated(text);
        }
        try {
            Object typed = value instanceof String ? switch (field.type()) {
                case NUMBER -> new BigDecimal(text);
                case DATE -> LocalDate.parse(text);
                case MONEY -> money(text);
                case BOOLEAN -> Boolean.valueOf(text);
                default -> text;
            } : value;
            if (typed instanceof BigDecimal amountInAnyCurrency) {
                return Texts.isolated(formatting.formatNumber(amountInAnyCurrency, formatting.defaults(locale)));
            }
            return Texts.isolated(CustomValueTexts.text(page, locale, formatting, field, typed));
        } catch (NumberFormatException | DateTimeParseException notOfItsType) {
            return Texts.isolated(text);
        }
    }

    /** "100 EUR" as money; an amount alone (any currency) as a number. */
    private static Object money(String text) {
        String[] parts = text.split("\\s+");
        if (parts.length == 2 && parts[1].matches("[A-Za-z]{3}")) {
            return new Money(new BigDecimal(parts[0]), parts[1].toUpperCase(Locale.ROOT));
        }
        return new BigDecimal(text);
    }
}
