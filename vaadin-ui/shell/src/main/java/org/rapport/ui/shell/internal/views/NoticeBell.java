package org.rapport.ui.shell.internal.views;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.rapport.ui.shell.internal.Shell;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;

/** The header's bell: how many notices arrived since the user last looked, and the list of recent ones. */
final class NoticeBell extends Composite<Div> {

    private static final long serialVersionUID = 1L;

    private final transient Shell shell;
    private final Button bell = new Button(VaadinIcon.BELL_O.create());
    private final Span count = new Span();
    private final Popover list = new Popover();
    private Instant seenUntil = Instant.now();

    NoticeBell(Shell shell) {
        this.shell = shell;
        bell.setId("notice-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.setAriaLabel(shell.translate(getLocale(), "shell.notices.title"));
        count.setId("notice-count");
        count.getStyle().set("position", "absolute").set("top", "2px").set("inset-inline-end", "2px")
                .set("background", "var(--lumo-error-color)").set("color", "var(--lumo-error-contrast-color)")
                .set("border-radius", "999px").set("font-size", "10px").set("min-width", "16px")
                .set("text-align", "center").set("line-height", "16px").set("pointer-events", "none");
        list.setTarget(bell);
        list.setPosition(PopoverPosition.BOTTOM_END);
        list.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                fill();
                seenUntil = Instant.now();
                refresh();
            }
        });
        Div wrapper = getContent();
        wrapper.getStyle().set("position", "relative");
        wrapper.add(bell, count, list);
        refresh();
    }

    void refresh() {
        long unseen = shell.notices().stream().filter(notice -> notice.at().isAfter(seenUntil)).count();
        count.setText(unseen > 99 ? "99+" : String.valueOf(unseen));
        count.setVisible(unseen > 0);
        if (list.isOpened()) {
            fill();
        }
    }

    private void fill() {
        list.removeAll();
        Locale locale = getLocale();
        Div items = new Div();
        items.setId("notice-list");
        items.getStyle().set("min-width", "18rem").set("max-width", "28rem").set("max-height", "60vh")
                .set("overflow", "auto");
        List<Shell.Notice> notices = shell.notices();
        if (notices.isEmpty()) {
            items.add(new Span(shell.translate(locale, "shell.notices.none")));
        }
        for (Shell.Notice notice : notices) {
            Span when = new Span(shell.formatting().formatDateTime(notice.at(), ZoneId.systemDefault(),
                    FormatStyle.SHORT, FormatStyle.SHORT, shell.formatting().defaults(locale)));
            when.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
            Span text = new Span(shell.translate(locale, notice.messageKey(), notice.arguments()));
            Div item = new Div(when, text);
            item.getStyle().set("display", "flex").set("flex-direction", "column")
                    .set("padding", "var(--lumo-space-xs) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            items.add(item);
        }
        list.add(items);
    }
}
