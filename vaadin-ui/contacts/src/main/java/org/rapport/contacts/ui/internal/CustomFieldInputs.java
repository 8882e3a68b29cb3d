package org.rapport.contacts.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import org.rapport.contacts.api.CustomFieldDefinition;
import org.rapport.contacts.api.Money;
import org.rapport.platform.api.i18n.LocaleFormatting;
import org.rapport.ui.components.CalendarDateField;

/**
 * The form's inputs for custom fields, one per active field of the kind, of the field's type: text, number, date,
 * select, multi-select, checkbox, amount with currency. Each is registered as {@code custom.<key>}, so the module's
 * field errors land on it; a hidden field is left out, a read-only one is disabled and sent back as it was. Dates are
 * typed and shown in the user's calendar and digits ({@link CalendarDateField}): a Gregorian picker would make a
 * Persian user convert {@code ۱۴۰۵/۹/۷} by hand.
 */
final class CustomFieldInputs {

    private static final List<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).sorted().toList();

    private final Map<String, Supplier<Object>> readers = new LinkedHashMap<>();
    private final List<CalendarDateField> dates = new ArrayList<>();
    private final Contact original;

    private CustomFieldInputs(Contact original) {
        this.original = original;
    }

    /**
     * Adds an input per field the user may see to {@code form}; {@code fields} gets each as {@code custom.<key>}.
     *
     * @param locale the user's language, calendar and digits (the UI's locale carries the chosen calendar)
     */
    static CustomFieldInputs add(List<CustomFieldDefinition> definitions, Contact contact, FormLayout form,
            Map<String, HasValidation> fields, LocaleFormatting formatting, Locale locale) {
        CustomFieldInputs inputs = new CustomFieldInputs(contact);
        for (CustomFieldDefinition field : definitions) {
            String name = "custom." + field.key();
            if (contact.hidden(name)) {
                continue;
            }
            Object value = contact.custom().get(field.key());
            String id = "contact-field-custom-" + field.key();
            boolean enabled = !contact.readOnly(name);
            switch (field.type()) {
                case TEXT -> {
                    TextField input = new TextField(field.label());
                    input.setValue(value == null ? "" : String.valueOf(value));
                    input.setMaxLength(CustomFieldDefinition.MAX_TEXT);
                    inputs.readers.put(field.key(), input::getValue);
                    place(form, fields, name, id, input, field).setEnabled(enabled);
                }
                case NUMBER -> {
                    BigDecimalField input = new BigDecimalField(field.label());
                    input.setValue(value instanceof BigDecimal number ? number : null);
                    Texts.typedDirectionAuto(input);
                    inputs.readers.put(field.key(), input::getValue);
                    place(form, fields, name, id, input, field).setEnabled(enabled);
                }
                case DATE -> {
                    CalendarDateField input = new CalendarDateField(field.label(), formatting, locale);
                    input.setValue(value instanceof LocalDate day ? day : null);
                    inputs.readers.put(field.key(), input::getValue);
                    inputs.dates.add(input);
                    place(form, fields, name, id, input, field).setEnabled(enabled);
                }
                case CHOICE -> {
                    Select<String> input = new Select<>();
                    input.setLabel(field.label());
                    input.setItems(withStored(field.choices(), value));
                    input.setEmptySelectionAllowed(true);
                    input.setValue(value == null ? null : String.valueOf(value));
                    inputs.readers.put(field.key(), input::getValue);
                    place(form, fields, name, id, input, field).setEnabled(enabled);
                }
                case MULTI_CHOICE -> {
                    MultiSelectComboBox<String> input = new MultiSelectComboBox<>(field.label());
                    List<String> items = withStored(field.choices(), value);
                    input.setItems(items);
                    if (value instanceof List<?> chosen) {
                        Set<String> stored = new LinkedHashSet<>();
                        chosen.stream().map(String::valueOf).forEach(stored::add);
                        input.setValue(stored);
                    }
                    inputs.readers.put(field.key(), () -> items.stream().filter(input.getSelectedItems()::contains)
                            .toList());
                    place(form, fields, name, id, input, field).setEnabled(enabled);
                }
                case BOOLEAN -> {
                    Checkbox input = new Checkbox(field.label());
                    input.setValue(Boolean.TRUE.equals(value));
                    // unchecked and never set stays "no value"; unchecked after having been set is "no"
                    inputs.readers.put(field.key(), () -> input.getValue() ? Boolean.TRUE
                            : value == null ? null : Boolean.FALSE);
                    place(form, fields, name, id, input, field).setEnabled(enabled);
                }
                case MONEY -> {
                    BigDecimalField amount = new BigDecimalField(field.label());
                    ComboBox<String> currency = new ComboBox<>();
                    currency.setItems(CURRENCIES);
                    currency.setId(id + "-currency");
                    currency.setWidth("7em");
                    currency.setAriaLabel(field.label());
                    if (value instanceof Money money) {
                        amount.setValue(money.amount());
                        currency.setValue(money.currency());
                    }
                    Texts.typedDirectionAuto(amount);
                    amount.setId(id);
                    amount.setEnabled(enabled);
                    currency.setEnabled(enabled);
                    amount.setRequiredIndicatorVisible(field.required());
                    HorizontalLayout row = new HorizontalLayout(amount, currency);
                    row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
                    row.setFlexGrow(1, amount);
                    row.setSpacing(true);
                    fields.put(name, amount);
                    form.add(row);
                    inputs.readers.put(field.key(), () -> amount.getValue() == null ? null
                            : Map.of("amount", amount.getValue().toPlainString(), "currency",
                                    currency.getValue() == null ? "" : currency.getValue()));
                }
            }
        }
        return inputs;
    }

    /** The choices, and stored values no longer among them (a choice removed since): shown, and sent back as is. */
    private static List<String> withStored(List<String> choices, Object value) {
        Set<String> items = new LinkedHashSet<>(choices);
        if (value instanceof List<?> chosen) {
            chosen.forEach(each -> items.add(String.valueOf(each)));
        } else if (value != null) {
            items.add(String.valueOf(value));
        }
        return List.copyOf(items);
    }

    private static <T extends com.vaadin.flow.component.Component & HasValidation> T place(FormLayout form,
            Map<String, HasValidation> fields, String name, String id, T input, CustomFieldDefinition field) {
        input.setId(id);
        if (input instanceof com.vaadin.flow.component.HasValue<?, ?> valued) {
            valued.setRequiredIndicatorVisible(field.required());
        }
        fields.put(name, input);
        form.add(input);
        return input;
    }

    /**
     * Whether every date input holds a date or nothing. One that holds text that is no date of the user's calendar
     * ({@code ۱۴۰۵/۱۳/۱}) is marked with its message and keeps the text; its value reads empty, so saving now would
     * erase the stored date instead of refusing.
     */
    boolean datesRead() {
        boolean all = true;
        for (CalendarDateField date : dates) {
            // every one asked, so each wrong date gets its mark, not only the first
            all &= date.holdsADate();
        }
        return all;
    }

    /**
     * The values to send: what the inputs say; read-only fields and those the user cannot see go back as they were
     * (the module keeps what the user could not see).
     */
    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>(original.custom());
        readers.forEach((key, reader) -> {
            if (!original.readOnly("custom." + key)) {
                Object value = reader.get();
                if (value == null || value instanceof String text && text.isBlank()) {
                    values.remove(key);
                } else {
                    values.put(key, value);
                }
            }
        });
        return values;
    }
}
