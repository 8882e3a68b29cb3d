package org.rapport.contacts.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import org.rapport.contacts.api.CustomFieldDefinition;
import org.rapport.contacts.api.Money;
import org.rapport.platform.api.i18n.LocaleFormatting;

/** A custom value as pages show it, in the user's language, digits and calendar. */
final class CustomValueTexts {

    private CustomValueTexts() {
    }

    static String text(Component page, Locale locale, LocaleFormatting formatting, CustomFieldDefinition field,
            Object value) {
        if (value == null) {
            return "";
        }
        return switch (field.type()) {
            case NUMBER -> value instanceof BigDecimal number
                    ? formatting.formatNumber(number, formatting.defaults(locale)) : String.valueOf(value);
            case DATE -> value instanceof LocalDate day
                    ? formatting.formatDate(day, FormatStyle.MEDIUM, formatting.defaults(locale)) : String.valueOf(value);
            case MONEY -> value instanceof Money money ? formatting.formatCurrency(money.amount(), money.currency(),
                    formatting.defaults(locale)) : String.valueOf(value);
            case BOOLEAN -> page.getTranslation(Boolean.TRUE.equals(value) ? "contacts.custom.yes" : "contacts.custom.no");
            case MULTI_CHOICE -> value instanceof List<?> chosen
                    ? Texts.joinList(locale, chosen.stream().map(String::valueOf).toList()) : String.valueOf(value);
            default -> String.valueOf(value);
        };
    }
}
