package org.rapport.contacts.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.rapport.contacts.api.CustomFieldDefinition;
import org.rapport.contacts.api.CustomFieldType;
import org.rapport.contacts.api.CustomFilter;
import org.rapport.platform.api.i18n.FormatPreferences;
import org.rapport.platform.api.i18n.LocaleFormatting;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A from–to filter for a listed number, date or money field. Dates are typed in the user's calendar and digits (as
 * the list shows them: {@code ۱۴۰۵/۱/۱} in Persian), numbers in any digits; a money range may name a currency, else
 * it compares amounts in every currency. Input that cannot be used marks its box with a message and filters nothing.
 */
final class RangeFilter extends HorizontalLayout {

    private static final long serialVersionUID = 1L;
    private static final List<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).sorted().toList();

    private final CustomFieldDefinition field;
    private final transient LocaleFormatting formatting;
    /** The user's language, calendar and digits (the UI locale carries the chosen calendar and digits). */
    private final Locale locale;
    private final TextField min = new TextField();
    private final TextField max = new TextField();
    private final ComboBox<String> currency = new ComboBox<>();

    RangeFilter(CustomFieldDefinition field, LocaleFormatting formatting, Locale locale, Runnable changed) {
        this.field = field;
        this.formatting = formatting;
        this.locale = locale;
        String id = "contacts-custom-filter-" + field.key();
        setId(id);
        setSpacing(false);
        getStyle().set("gap", "var(--lumo-space-xs)");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        // The field's name stays in sight once the boxes are filled in (a placeholder would go).
        Span label = new Span(field.label());
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("margin-inline-end", "var(--lumo-space-xs)").set("white-space", "nowrap");
        setup(min, id + "-min", getTranslation("contacts.range.from"),
                getTranslation("contacts.range.min", field.label()), changed);
        setup(max, id + "-max", getTranslation("contacts.range.max"),
                getTranslation("contacts.range.maxLabel", field.label()), changed);
        add(label, min, max);
        if (field.type() == CustomFieldType.MONEY) {
            currency.setId(id + "-currency");
            currency.setItems(CURRENCIES);
            currency.setPlaceholder(getTranslation("contacts.range.anyCurrency"));
            currency.setAriaLabel(getTranslation("contacts.range.currencyLabel", field.label()));
            currency.setClearButtonVisible(true);
            currency.setWidth("9em");
            currency.addValueChangeListener(change -> changed.run());
            add(currency);
        }
    }

    private void setup(TextField box, String id, String placeholder, String label, Runnable changed) {
        box.setId(id);
        box.setPlaceholder(placeholder);
        box.setAriaLabel(label);
        box.setClearButtonVisible(true);
        box.setWidth(field.type() == CustomFieldType.DATE ? "9em" : "7em");
        if (field.type() == CustomFieldType.DATE) {
            // how to write a date in the user's calendar and digits, e.g. ۱۴۰۵/۱/۱
            box.setTooltipText(getTranslation("contacts.range.example", formatting.formatDate(LocalDate.now(),
                    FormatStyle.SHORT, preferences())));
        }
        // Read on Enter or leaving the box: a half-typed date is not an error to shout about.
        box.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        box.setManualValidation(true);
        Texts.typedDirectionAuto(box);
        box.addValueChangeListener(change -> changed.run());
    }

    /**
     * The range's conditions (none when both ends are empty); marks the boxes whose input cannot be used.
     *
     * @throws RangeInput.Invalid when a box holds input that cannot be used; it is marked with the message
     */
    List<CustomFilter> conditions() throws RangeInput.Invalid {
        min.setInvalid(false);
        max.setInvalid(false);
        currency.setInvalid(false);
        Comparable<?> from = read(min);
        Comparable<?> to = read(max);
        try {
            if (field.type() == CustomFieldType.DATE) {
                RangeInput.ordered((LocalDate) from, (LocalDate) to);
            } else {
                RangeInput.ordered((BigDecimal) from, (BigDecimal) to);
            }
        } catch (RangeInput.Invalid reversed) {
            mark(max, reversed);
            throw reversed;
        }
        String code = currency.getValue();
        if (code != null && from == null && to == null) {
            RangeInput.Invalid alone = new RangeInput.Invalid("contacts.range.currencyAlone");
            currency.setErrorMessage(getTranslation(alone.key()));
            currency.setInvalid(true);
            throw alone;
        }
        return RangeInput.conditions(field.key(), from, to, code);
    }

    private Comparable<?> read(TextField box) throws RangeInput.Invalid {
        String text = box.getValue();
        try {
            if (field.type() != CustomFieldType.DATE) {
                return RangeInput.number(text, locale);
            }
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return formatting.parseDate(text.strip(), preferences());
            } catch (DateTimeParseException notADate) {
                throw new RangeInput.Invalid("contacts.range.notDate");
            }
        } catch (RangeInput.Invalid invalid) {
            mark(box, invalid);
            throw invalid;
        }
    }

    private void mark(TextField box, RangeInput.Invalid invalid) {
        String example = switch (invalid.key()) {
            case "contacts.range.notDate" -> formatting.formatDate(LocalDate.now(), FormatStyle.SHORT, preferences());
            case "contacts.range.notNumber" -> formatting.formatNumber(new BigDecimal("1250.5"), preferences());
            default -> "";
        };
        box.setErrorMessage(getTranslation(invalid.key(), example));
        box.setInvalid(true);
    }

    private FormatPreferences preferences() {
        return formatting.defaults(locale);
    }
}
