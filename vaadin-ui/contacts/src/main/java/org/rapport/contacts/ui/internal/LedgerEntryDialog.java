package org.rapport.contacts.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.contacts.api.CustomerLedger;
import org.rapport.contacts.api.Payment;
import org.rapport.contacts.api.Purchase;
import org.rapport.platform.api.i18n.LocaleFormatting;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.ui.components.CalendarDateField;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Records a purchase or a payment by hand (source {@code manual}): the ledger checks it, and each refused field shows
 * its reason beside it; the dialog stays open with what was typed until the entry is saved or cancelled.
 */
final class LedgerEntryDialog {

    static final String MANUAL = "manual";
    private static final List<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).sorted().toList();

    private LedgerEntryDialog() {
    }

    static void purchase(Component page, CustomerLedger ledger, LocaleFormatting formatting, ContactKind kind,
            long id, Runnable saved) {
        Dialog dialog = dialog(page, "contacts.ledger.recordPurchase", "ledger-purchase-dialog");
        CalendarDateField day = day(page, formatting);
        TextField product = new TextField(page.getTranslation("contacts.ledger.product"));
        product.setId("ledger-product");
        product.setMaxLength(300);
        product.setRequiredIndicatorVisible(true);
        BigDecimalField quantity = number(page, "contacts.ledger.quantity", "ledger-quantity");
        quantity.setValue(BigDecimal.ONE);
        BigDecimalField amount = number(page, "contacts.ledger.amount", "ledger-amount");
        ComboBox<String> currency = currency(page);
        TextField reference = reference(page);
        Map<String, HasValidation> byField = fields("product", product, "quantity", quantity, "amount", amount,
                "currency", currency, "reference", reference, "occurredAt", day);
        save(page, dialog, byField, day, saved, () -> ledger.recordPurchase(kind.singular, id, new Purchase(0,
                LedgerPanel.at(day.getValue()), product.getValue().strip(), quantity.getValue(), amount.getValue(),
                currency.getValue(), MANUAL, blankAsNull(reference.getValue()))));
        dialog.add(form(day, product, quantity, amount, currency, reference));
        dialog.open();
        product.focus();
    }

    static void payment(Component page, CustomerLedger ledger, LocaleFormatting formatting, ContactKind kind,
            long id, Runnable saved) {
        Dialog dialog = dialog(page, "contacts.ledger.recordPayment", "ledger-payment-dialog");
        CalendarDateField day = day(page, formatting);
        Select<Payment.Kind> type = new Select<>();
        type.setId("ledger-kind");
        type.setLabel(page.getTranslation("contacts.ledger.kind"));
        type.setItems(Payment.Kind.values());
        type.setItemLabelGenerator(value -> page.getTranslation("contacts.ledger.kind." + value.name()));
        type.setValue(Payment.Kind.PAYMENT);
        BigDecimalField amount = number(page, "contacts.ledger.amount", "ledger-amount");
        ComboBox<String> currency = currency(page);
        TextField reference = reference(page);
        Map<String, HasValidation> byField = fields("kind", type, "amount", amount, "currency", currency,
                "reference", reference, "occurredAt", day);
        save(page, dialog, byField, day, saved, () -> ledger.recordPayment(kind.singular, id, new Payment(0,
                LedgerPanel.at(day.getValue()), type.getValue(), amount.getValue(), currency.getValue(), MANUAL,
                blankAsNull(reference.getValue()))));
        dialog.add(form(day, type, amount, currency, reference));
        dialog.open();
        amount.focus();
    }

    private static Dialog dialog(Component page, String titleKey, String id) {
        Dialog dialog = new Dialog();
        dialog.setId(id);
        dialog.setHeaderTitle(page.getTranslation(titleKey));
        return dialog;
    }

    private static void save(Component page, Dialog dialog, Map<String, HasValidation> byField,
            CalendarDateField day, Runnable saved, Runnable record) {
        Button save = new Button(page.getTranslation("contacts.ledger.save"), click -> {
            FieldRefusals.clear(byField);
            if (!day.holdsADate()) {
                return;
            }
            try {
                record.run();
            } catch (ApiProblem refused) {
                FieldRefusals.show(page, byField, refused);
                return;
            }
            dialog.close();
            Texts.notice(page.getTranslation("contacts.ledger.recorded"), NotificationVariant.LUMO_SUCCESS);
            saved.run();
        });
        save.setId("ledger-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(page.getTranslation("contacts.form.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, save);
    }

    private static CalendarDateField day(Component page, LocaleFormatting formatting) {
        CalendarDateField day = new CalendarDateField(page.getTranslation("contacts.ledger.date"), formatting,
                page.getUI().map(ui -> ui.getLocale()).orElse(java.util.Locale.getDefault()));
        day.setId("ledger-date");
        day.setValue(LocalDate.now());
        return day;
    }

    private static BigDecimalField number(Component page, String labelKey, String id) {
        BigDecimalField field = new BigDecimalField(page.getTranslation(labelKey));
        field.setId(id);
        Texts.typedDirectionAuto(field);
        return field;
    }

    private static ComboBox<String> currency(Component page) {
        ComboBox<String> currency = new ComboBox<>(page.getTranslation("contacts.ledger.currency"));
        currency.setId("ledger-currency");
        currency.setItems(CURRENCIES);
        currency.setValue(defaultCurrency());
        currency.setWidth("8em");
        return currency;
    }

    /**
     * The currency of the user's country when the locale names one (ar-SA: SAR); for Persian and Mongolian without a
     * country, the one country whose language it chiefly is (IRR, MNT); otherwise none is chosen for the user.
     */
    private static String defaultCurrency() {
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent() == null ? null
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        if (locale == null) {
            return null;
        }
        if (!locale.getCountry().isEmpty()) {
            try {
                return Currency.getInstance(locale).getCurrencyCode();
            } catch (IllegalArgumentException noCurrency) {
                return null;
            }
        }
        return switch (locale.getLanguage()) {
            case "fa" -> "IRR";
            case "mn" -> "MNT";
            default -> null;
        };
    }

    private static TextField reference(Component page) {
        TextField reference = new TextField(page.getTranslation("contacts.ledger.reference"));
        reference.setId("ledger-reference");
        reference.setMaxLength(200);
        reference.setHelperText(page.getTranslation("contacts.ledger.reference.hint"));
        return reference;
    }

    private static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setWidth("min(36rem, 85vw)");
        return form;
    }

    private static Map<String, HasValidation> fields(Object... pairs) {
        Map<String, HasValidation> byField = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            byField.put((String) pairs[i], (HasValidation) pairs[i + 1]);
        }
        return byField;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
