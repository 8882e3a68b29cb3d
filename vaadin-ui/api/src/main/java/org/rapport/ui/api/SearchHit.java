package org.rapport.ui.api;

import java.util.Objects;

/**
 * One global-search result.
 *
 * @param title    what the user recognises the record by, e.g. a person's name
 * @param detail   a second line, e.g. organisation and e-mail; may be empty
 * @param location the route (with parameters) to open, e.g. {@code contacts/persons/42}
 * @param icon     a {@code VaadinIcon} constant name
 */
public record SearchHit(String title, String detail, String location, String icon) {

    public SearchHit {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(location, "location");
        detail = detail == null ? "" : detail;
        icon = icon == null ? "SEARCH" : icon;
    }
}
