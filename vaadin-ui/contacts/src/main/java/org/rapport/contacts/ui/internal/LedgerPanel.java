package org.rapport.contacts.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.rapport.contacts.api.CustomerLedger;
import org.rapport.contacts.api.Payment;
import org.rapport.contacts.api.Purchase;
import org.rapport.platform.api.i18n.LocaleFormatting;
import org.rapport.platform.api.web.ApiProblem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * What a person or organization bought and paid: totals per currency, then the purchases and the payments, credits
 * and refunds, newest first. Entries come from the accounting and inventory connectors or are recorded here by those
 * who may change the record; an entry is never edited (a correction is a new entry, e.g. a refund).
 */
final class LedgerPanel extends Div {

    private static final long serialVersionUID = 1L;
    /** The newest entries shown of each kind; the ledger's own page limit. */
    static final int SHOWN = 1000;

    private final transient CustomerLedger ledger;
    private final transient LocaleFormatting formatting;
    private final ContactKind kind;
    private final long id;
    private final Grid<LedgerTotals.Total> totals = new Grid<>();
    private final Grid<Purchase> purchases = new Grid<>();
    private final Grid<Payment> payments = new Grid<>();
    private final Paragraph noPurchases = muted("contacts.ledger.purchases.empty");
    private final Paragraph noPayments = muted("contacts.ledger.payments.empty");
    private final Paragraph capped = muted("contacts.ledger.capped");

    LedgerPanel(CustomerLedger ledger, LocaleFormatting formatting, ContactKind kind, long id) {
        this.ledger = ledger;
        this.formatting = formatting;
        this.kind = kind;
        this.id = id;
        setId("contact-ledger");
        setWidthFull();
        getStyle().set("padding-block", "var(--lumo-space-m)");
        capped.setText(getTranslation("contacts.ledger.capped", SHOWN));

        totals.setId("ledger-totals");
        totals.addThemeVariants(GridVariant.LUMO_COMPACT);
        totals.setAllRowsVisible(true);
        totals.addColumn(LedgerTotals.Total::currency).setHeader(getTranslation("contacts.ledger.currency"))
                .setAutoWidth(true).setFlexGrow(0);
        totals.addColumn(total -> money(total.bought(), total.currency()))
                .setHeader(getTranslation("contacts.ledger.bought"));
        totals.addColumn(total -> money(total.paid(), total.currency()))
                .setHeader(getTranslation("contacts.ledger.kind.PAYMENT"));
        totals.addColumn(total -> money(total.credited(), total.currency()))
                .setHeader(getTranslation("contacts.ledger.kind.CREDIT"));
        totals.addColumn(total -> money(total.refunded(), total.currency()))
                .setHeader(getTranslation("contacts.ledger.kind.REFUND"));

        purchases.setId("ledger-purchases");
        purchases.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        purchases.addColumn(p -> day(p.occurredAt())).setHeader(getTranslation("contacts.ledger.date"))
                .setAutoWidth(true).setFlexGrow(0);
        purchases.addColumn(Purchase::product).setHeader(getTranslation("contacts.ledger.product")).setFlexGrow(1);
        purchases.addColumn(p -> p.quantity() == null ? "" : formatting.formatNumber(p.quantity(),
                formatting.defaults(getLocale()))).setHeader(getTranslation("contacts.ledger.quantity"))
                .setAutoWidth(true).setFlexGrow(0);
        purchases.addColumn(p -> money(p.amount(), p.currency())).setHeader(getTranslation("contacts.ledger.amount"))
                .setAutoWidth(true).setFlexGrow(0);
        purchases.addColumn(p -> origin(p.source(), p.reference())).setHeader(getTranslation("contacts.ledger.source"))
                .setAutoWidth(true).setFlexGrow(0);

        payments.setId("ledger-payments");
        payments.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        payments.addColumn(p -> day(p.occurredAt())).setHeader(getTranslation("contacts.ledger.date"))
                .setAutoWidth(true).setFlexGrow(0);
        payments.addColumn(p -> getTranslation("contacts.ledger.kind." + p.kind().name()))
                .setHeader(getTranslation("contacts.ledger.kind")).setFlexGrow(1);
        payments.addColumn(p -> money(p.amount(), p.currency())).setHeader(getTranslation("contacts.ledger.amount"))
                .setAutoWidth(true).setFlexGrow(0);
        payments.addColumn(p -> origin(p.source(), p.reference())).setHeader(getTranslation("contacts.ledger.source"))
                .setAutoWidth(true).setFlexGrow(0);

        add(Texts.sectionHeading(this, "contacts.ledger.totals"), totals, capped);
        add(section("contacts.ledger.purchases", "ledger-record-purchase", "contacts.ledger.recordPurchase",
                () -> LedgerEntryDialog.purchase(this, ledger, formatting, kind, id, this::refresh)), noPurchases, purchases);
        add(section("contacts.ledger.payments", "ledger-record-payment", "contacts.ledger.recordPayment",
                () -> LedgerEntryDialog.payment(this, ledger, formatting, kind, id, this::refresh)), noPayments, payments);
        refresh();
    }

    private void refresh() {
        List<Purchase> bought;
        List<Payment> paid;
        try {
            bought = ledger.purchases(kind.singular, id, SHOWN);
            paid = ledger.payments(kind.singular, id, SHOWN);
        } catch (ApiProblem refused) {
            Texts.notice(ProblemTexts.translate(this, refused.detail()), NotificationVariant.LUMO_ERROR);
            return;
        }
        List<LedgerTotals.Total> sums = LedgerTotals.of(bought, paid);
        totals.setItems(sums);
        totals.setVisible(!sums.isEmpty());
        capped.setVisible(bought.size() >= SHOWN || paid.size() >= SHOWN);
        show(purchases, noPurchases, bought);
        show(payments, noPayments, paid);
    }

    private static <T> void show(Grid<T> grid, Paragraph empty, List<T> items) {
        grid.setItems(items);
        // a short list shows whole; a long one scrolls within the page
        grid.setAllRowsVisible(items.size() <= 15);
        if (items.size() > 15) {
            grid.setHeight("28rem");
        }
        grid.setVisible(!items.isEmpty());
        empty.setVisible(items.isEmpty());
    }

    private Component section(String titleKey, String buttonId, String buttonKey, Runnable record) {
        HorizontalLayout bar = new HorizontalLayout(Texts.sectionHeading(this, titleKey));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        if (Texts.callerHas(kind.writePermission)) {
            Button add = new Button(getTranslation(buttonKey), VaadinIcon.PLUS.create(), click -> record.run());
            add.setId(buttonId);
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            bar.add(add);
        }
        return bar;
    }

    private String money(BigDecimal amount, String currency) {
        return amount == null ? "" : formatting.formatCurrency(amount, currency, formatting.defaults(getLocale()));
    }

    private String day(java.time.Instant at) {
        return Texts.date(formatting, getLocale(), at);
    }

    /** Where an entry came from: the connector's name, or "by hand" in the user's language, and its reference. */
    private String origin(String source, String reference) {
        String from = source == null ? "" : LedgerEntryDialog.MANUAL.equals(source)
                ? getTranslation("contacts.ledger.source.manual") : source;
        return reference == null || reference.isBlank() ? from : from + " · " + reference;
    }

    private Paragraph muted(String key) {
        Paragraph text = new Paragraph(getTranslation(key));
        text.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return text;
    }

    /** The start of the chosen day in the server's zone, or now when the day is today (keeps the time of day). */
    static java.time.Instant at(LocalDate day) {
        ZoneId zone = ZoneId.systemDefault();
        if (day == null || day.equals(LocalDate.now(zone))) {
            return java.time.Instant.now();
        }
        return day.atTime(LocalTime.NOON).atZone(zone).toInstant();
    }
}
