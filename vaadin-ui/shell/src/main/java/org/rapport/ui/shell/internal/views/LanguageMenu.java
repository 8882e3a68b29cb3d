package org.rapport.ui.shell.internal.views;

import java.util.Locale;

import org.rapport.ui.shell.internal.Shell;
import org.rapport.ui.shell.internal.i18n.Languages;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The language switch: each language named in itself, so a user who cannot read the current one finds theirs. */
final class LanguageMenu extends Composite<MenuBar> {

    private static final long serialVersionUID = 1L;

    LanguageMenu(Shell shell) {
        MenuBar bar = getContent();
        bar.setId("language-menu");
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        Locale current = getLocale();
        HorizontalLayout label = new HorizontalLayout(VaadinIcon.GLOBE.create(), new Span(ownName(current)));
        label.setSpacing(false);
        label.getStyle().set("gap", "var(--lumo-space-xs)").set("align-items", "center");
        MenuItem root = bar.addItem(label);
        root.setAriaLabel(shell.translate(current, "shell.language"));
        for (Locale language : Languages.SUPPORTED) {
            MenuItem item = root.getSubMenu().addItem(ownName(language),
                    click -> getUI().ifPresent(ui -> Languages.choose(ui, language)));
            item.getElement().setAttribute("data-language", language.toLanguageTag());
            item.setCheckable(true);
            item.setChecked(language.getLanguage().equals(current.getLanguage()));
        }
        root.getSubMenu().addSeparator();
        MenuItem calendars = root.getSubMenu().addItem(shell.translate(current, "shell.calendar"));
        calendars.getElement().setAttribute("data-menu", "calendar");
        for (String calendar : Languages.CALENDARS) {
            MenuItem item = calendars.getSubMenu().addItem(shell.translate(current, "shell.calendar." + calendar),
                    click -> getUI().ifPresent(ui -> Languages.chooseCalendar(ui, calendar)));
            item.getElement().setAttribute("data-calendar", calendar);
            item.setCheckable(true);
            item.setChecked(calendar.equals(Languages.calendarOf(current)));
        }
        if (Languages.nativeDigits(current).isEmpty()) {
            return;
        }
        MenuItem digits = root.getSubMenu().addItem(shell.translate(current, "shell.digits"));
        digits.getElement().setAttribute("data-menu", "digits");
        for (String choice : Languages.DIGITS) {
            MenuItem item = digits.getSubMenu().addItem(shell.translate(current, "shell.digits." + choice),
                    click -> getUI().ifPresent(ui -> Languages.chooseDigits(ui, choice)));
            item.getElement().setAttribute("data-digits", choice);
            item.setCheckable(true);
            item.setChecked(choice.equals(Languages.digitsOf(current)));
        }
    }

    private static String ownName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.toLanguageTag() : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
