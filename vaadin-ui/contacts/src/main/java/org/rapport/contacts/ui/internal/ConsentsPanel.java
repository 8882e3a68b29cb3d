package org.rapport.contacts.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rapport.contacts.api.Consent;
import org.rapport.contacts.api.ConsentChannel;
import org.rapport.contacts.api.PersonPrivacy;
import org.rapport.platform.api.i18n.LocaleFormatting;
import org.rapport.platform.api.web.ApiProblem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A person's consent per channel (email, SMS, phone): what holds now, with where it was given, when and by whom it was
 * recorded; every decision below, newest first. Those who may change the person record a grant or a withdrawal, always
 * with its source, so it can be shown later where the person said so.
 */
final class ConsentsPanel extends Div {

    private static final long serialVersionUID = 1L;
    /** The module's limit for a source. */
    static final int MAX_SOURCE = 300;

    private final transient PersonPrivacy privacy;
    private final transient LocaleFormatting formatting;
    private final long personId;
    private final Div current = new Div();
    private final Grid<Consent> history = new Grid<>();
    private final Paragraph noHistory = new Paragraph();

    ConsentsPanel(PersonPrivacy privacy, LocaleFormatting formatting, long personId) {
        this.privacy = privacy;
        this.formatting = formatting;
        this.personId = personId;
        setId("contact-consents");
        setWidthFull();
        current.setId("consent-current");
        current.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        history.setId("consent-history-grid");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        history.setAllRowsVisible(true);
        history.addColumn(c -> channel(c.channel())).setHeader(getTranslation("contacts.consents.channel"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(c -> getTranslation(c.granted() ? "contacts.consents.granted" : "contacts.consents.withdrawn"))
                .setHeader(getTranslation("contacts.consents.decision")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(c -> c.source() == null ? "" : c.source()).setHeader(getTranslation("contacts.consents.source"))
                .setFlexGrow(1);
        history.addColumn(c -> Texts.dateTime(formatting, getLocale(), c.at()))
                .setHeader(getTranslation("contacts.consents.at")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(Consent::recordedBy).setHeader(getTranslation("contacts.consents.by")).setAutoWidth(true)
                .setFlexGrow(0);
        noHistory.setText(getTranslation("contacts.consents.history.empty"));
        noHistory.getStyle().set("color", "var(--lumo-secondary-text-color)");
        getStyle().set("padding-block", "var(--lumo-space-m)");
        add(Texts.sectionHeading(this, "contacts.consents.current"), current,
                Texts.sectionHeading(this, "contacts.consents.history"), noHistory, history);
        refresh();
    }

    private void refresh() {
        List<Consent> decisions;
        Map<ConsentChannel, Consent> holding;
        try {
            decisions = privacy.consentHistory(personId);
            holding = privacy.consents(personId).stream().collect(Collectors.toMap(Consent::channel,
                    Function.identity()));
        } catch (ApiProblem refused) {
            Texts.notice(ProblemTexts.translate(this, refused.detail()), NotificationVariant.LUMO_ERROR);
            return;
        }
        current.removeAll();
        for (ConsentChannel channel : ConsentChannel.values()) {
            current.add(row(channel, holding.get(channel)));
        }
        history.setItems(decisions);
        history.setVisible(!decisions.isEmpty());
        noHistory.setVisible(decisions.isEmpty());
    }

    private Component row(ConsentChannel channel, Consent consent) {
        Span name = new Span(channel(channel));
        name.getStyle().set("font-weight", "600").set("min-width", "6rem");
        String state = consent == null ? "none" : consent.granted() ? "granted" : "withdrawn";
        Span badge = new Span(getTranslation("contacts.consents." + state));
        badge.getElement().setAttribute("data-consent-state", state);
        badge.getStyle().set("color", switch (state) {
            case "granted" -> "var(--lumo-success-text-color)";
            case "withdrawn" -> "var(--lumo-error-text-color)";
            default -> "var(--lumo-secondary-text-color)";
        }).set("border", "1px solid currentColor").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding-inline", "var(--lumo-space-s)").set("font-size", "var(--lumo-font-size-s)")
                .set("white-space", "nowrap");
        HorizontalLayout row = new HorizontalLayout(name, badge);
        row.setId("consent-" + channel.name());
        row.getElement().setAttribute("data-consent-state", state);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.getStyle().set("flex-wrap", "wrap").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("background", "var(--lumo-contrast-5pct)");
        if (consent != null) {
            Span detail = new Span(getTranslation("contacts.consents.detail",
                    consent.source() == null ? getTranslation("contacts.consents.noSource") : consent.source(),
                    Texts.dateTime(formatting, getLocale(), consent.at()), consent.recordedBy()));
            detail.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            row.add(detail);
        }
        Div spacer = new Div();
        row.add(spacer);
        row.setFlexGrow(1, spacer);
        if (Texts.callerHas(ContactKind.PERSON.writePermission)) {
            if (consent == null || !consent.granted()) {
                row.add(action(channel, true));
            }
            if (consent == null || consent.granted()) {
                row.add(action(channel, false));
            }
        }
        return row;
    }

    private Button action(ConsentChannel channel, boolean grant) {
        Button button = new Button(getTranslation(grant ? "contacts.consents.grant" : "contacts.consents.withdraw"),
                (grant ? VaadinIcon.CHECK : VaadinIcon.BAN).create(), click -> ask(channel, grant));
        button.setId("consent-" + (grant ? "grant-" : "withdraw-") + channel.name());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, grant ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_ERROR);
        return button;
    }

    /** Asks where the decision was given, then records it. */
    private void ask(ConsentChannel channel, boolean grant) {
        Dialog dialog = new Dialog();
        dialog.setId("consent-dialog");
        dialog.setHeaderTitle(getTranslation(grant ? "contacts.consents.dialog.grant" : "contacts.consents.dialog.withdraw",
                channel(channel)));
        TextField source = new TextField(getTranslation("contacts.consents.source"));
        source.setId("consent-source");
        source.setHelperText(getTranslation("contacts.consents.source.hint"));
        source.setMaxLength(MAX_SOURCE);
        source.setRequiredIndicatorVisible(true);
        source.setWidth("min(28rem, 80vw)");
        Button save = new Button(getTranslation("contacts.consents.save"), click -> {
            String where = source.getValue().strip();
            if (where.isEmpty()) {
                source.setInvalid(true);
                source.setErrorMessage(getTranslation("contacts.consents.source.required"));
                return;
            }
            try {
                privacy.recordConsent(personId, channel, grant, where);
            } catch (ApiProblem refused) {
                source.setInvalid(true);
                source.setErrorMessage(ProblemTexts.translate(this, refused.fieldErrors() == null
                        || refused.fieldErrors().isEmpty() ? refused.detail() : refused.fieldErrors().get(0).message()));
                return;
            }
            dialog.close();
            Texts.notice(getTranslation("contacts.consents.recorded"), NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        save.setId("consent-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("contacts.form.cancel"), click -> dialog.close());
        dialog.add(source);
        dialog.getFooter().add(cancel, save);
        dialog.open();
        source.focus();
    }

    private String channel(ConsentChannel channel) {
        return getTranslation("contacts.consents.channel." + channel.name());
    }
}
