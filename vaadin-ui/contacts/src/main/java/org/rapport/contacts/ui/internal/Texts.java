package org.rapport.contacts.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.rapport.contacts.api.LifecycleStage;
import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.access.RecordAccess;
import org.rapport.platform.api.i18n.LocaleFormatting;
import org.rapport.platform.api.security.CurrentCaller;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** How the contacts pages show values: in the user's language, digits and calendar. */
final class Texts {

    /** Left-to-right isolate: keeps "+98…" and addresses in order inside right-to-left text. */
    private static final String LTR_ISOLATE = "\u2066";
    private static final String POP_ISOLATE = "\u2069";

    private Texts() {
    }

    static String ltr(String text) {
        return text == null || text.isEmpty() ? "" : LTR_ISOLATE + text + POP_ISOLATE;
    }

    /**
     * Lets the browser pick the direction of what is typed (addresses, numbers, web sites are left to right even on a
     * right-to-left page), instead of showing {@code ali@} as {@code @ali}. The field itself, label and all, keeps the
     * page's direction.
     */
    static void typedDirectionAuto(Component field) {
        field.getElement().executeJs("customElements.whenDefined(this.localName).then(() => requestAnimationFrame(() => {"
                + " const input = this.inputElement || this.querySelector('input'); if (input) input.dir = 'auto'; }))");
    }

    /** The heading of a section within a record's tab. */
    static com.vaadin.flow.component.html.H3 sectionHeading(Component component, String key) {
        com.vaadin.flow.component.html.H3 heading = new com.vaadin.flow.component.html.H3(component.getTranslation(key));
        heading.getStyle().set("margin-block", "var(--lumo-space-m) var(--lumo-space-s)")
                .set("font-size", "var(--lumo-font-size-l)");
        return heading;
    }

    /**
     * A name typed by a user, inside a sentence, keeps its own direction: {@code quote.txt} in Persian text, a
     * Persian tag in English text.
     */
    static String isolated(String text) {
        return "\u2068" + text + "\u2069";
    }

    /** Joins tags as the language does: Persian and Arabic use their own comma. */
    static String joinList(Locale locale, java.util.Collection<String> items) {
        String language = locale == null ? "" : locale.getLanguage();
        String separator = language.equals("fa") || language.equals("ar") ? "، " : ", ";
        return items.stream().sorted().collect(java.util.stream.Collectors.joining(separator));
    }

    /**
     * A record's name as the pages show it: a person whose data was erased keeps a placeholder name in the database
     * (the same in every language), so they are shown as "Erased person" in the user's language instead.
     */
    static String shownName(Component texts, Contact contact) {
        return shownName(texts, contact.displayName(), contact.erasedAt());
    }

    static String shownName(Component texts, org.rapport.contacts.api.Person person) {
        return shownName(texts, person.displayName(), person.erasedAt());
    }

    private static String shownName(Component texts, String stored, Instant erasedAt) {
        return erasedAt == null ? stored : texts.getTranslation("contacts.person.erased");
    }

    static String stage(Component component, LifecycleStage stage) {
        return stage == null ? "" : component.getTranslation("contacts.stage." + stage.name());
    }

    /** "1,234 people", or "about 1.2M people" when the service only estimates. */
    static String total(Component component, ContactKind kind, long total, boolean estimated) {
        return component.getTranslation(kind.key(estimated ? "countAbout" : "count"), total);
    }

    /** The day of {@code at}, in the user's calendar and digits ("14 Aban 1405" in Persian). */
    static String date(LocaleFormatting formatting, Locale locale, Instant at) {
        return at == null ? "" : formatting.formatDate(java.time.LocalDate.ofInstant(at, ZoneId.systemDefault()),
                FormatStyle.MEDIUM, formatting.defaults(locale));
    }

    static String dateTime(LocaleFormatting formatting, Locale locale, Instant at) {
        return at == null ? "" : formatting.formatDateTime(at, ZoneId.systemDefault(), FormatStyle.MEDIUM,
                FormatStyle.SHORT, formatting.defaults(locale));
    }

    /**
     * The caller's field rules for a record type: what a new record's form leaves out or disables, and which list
     * columns would only ever be empty. Records carry their own rules; this is for when there is no record yet.
     */
    static Map<String, FieldRule> fieldRules(RecordAccess access, ContactKind kind) {
        return CurrentCaller.get().map(caller -> access.fieldRules(caller, kind.recordType)).orElse(Map.of());
    }

    static boolean callerHas(String permission) {
        return CurrentCaller.get().map(caller -> caller.has(permission)).orElse(false);
    }

    static Optional<Long> callerId() {
        return CurrentCaller.get().map(caller -> caller.userId());
    }

    /** "You · Team sales", "Sara Ahmadi" ("User 2" without the directory); {@code null} for no owner. */
    static String owner(Component component, org.rapport.contacts.api.Owner owner) {
        return OwnerNames.of(java.util.Collections.singletonList(owner)).owner(component, owner);
    }

    /** A stage as a small coloured label; the colours are Lumo's, so they follow the theme. */
    static Span stageBadge(Component component, LifecycleStage stage) {
        Span badge = new Span(stage(component, stage));
        if (stage == null) {
            return badge;
        }
        String color = switch (stage) {
            case LEAD -> "var(--lumo-primary-text-color)";
            case PROSPECT -> "var(--lumo-warning-text-color, var(--lumo-primary-text-color))";
            case CUSTOMER -> "var(--lumo-success-text-color)";
            case FORMER -> "var(--lumo-secondary-text-color)";
        };
        badge.getStyle().set("color", color).set("border", "1px solid currentColor")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding-inline", "var(--lumo-space-s)")
                .set("font-size", "var(--lumo-font-size-s)").set("white-space", "nowrap");
        badge.getElement().setAttribute("data-stage", stage.name());
        return badge;
    }

    static void notice(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 6000, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(variant);
    }
}
