package org.rapport.ui.shell.internal.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/** The shell's visual building blocks, styled with Lumo's variables so they follow the theme and the direction. */
final class Cards {

    private Cards() {
    }

    static Div card(String title, Component content) {
        H3 heading = new H3(title);
        heading.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0 0 var(--lumo-space-s) 0")
                .set("color", "var(--lumo-secondary-text-color)");
        Div card = new Div(heading, content);
        card.addClassName("rapport-card");
        card.getStyle().set("background", "var(--lumo-base-color)")
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("box-shadow", "var(--lumo-box-shadow-xs)")
                .set("padding", "var(--lumo-space-m) var(--lumo-space-l)")
                .set("min-width", "0");
        return card;
    }

    /** A responsive grid: as many columns of at least 300 px as fit, one column on a phone. */
    static Div grid() {
        Div grid = new Div();
        grid.getStyle().set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fill, minmax(min(300px, 100%), 1fr))")
                .set("gap", "var(--lumo-space-m)");
        return grid;
    }

    /** A small coloured label, e.g. a module's state. */
    static Span badge(String text, String tone) {
        Span badge = new Span(text);
        String color = switch (tone) {
            case "success" -> "var(--lumo-success-color)";
            case "error" -> "var(--lumo-error-color)";
            case "primary" -> "var(--lumo-primary-color)";
            default -> "var(--lumo-contrast-60pct)";
        };
        badge.getStyle().set("color", color).set("border", "1px solid " + color)
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "0 var(--lumo-space-s)").set("font-size", "var(--lumo-font-size-s)")
                .set("white-space", "nowrap");
        badge.getElement().setAttribute("data-tone", tone);
        return badge;
    }

    static Div page() {
        Div page = new Div();
        page.getStyle().set("padding", "var(--lumo-space-l)").set("box-sizing", "border-box")
                .set("max-width", "1400px");
        page.setWidthFull();
        return page;
    }
}
