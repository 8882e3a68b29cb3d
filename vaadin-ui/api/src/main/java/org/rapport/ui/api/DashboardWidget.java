package org.rapport.ui.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

import com.vaadin.flow.component.Component;

/** A card on the home dashboard, e.g. "My open tickets" or "Pipeline by stage". */
@ConsumerType
public interface DashboardWidget {

    /** Stable id, unique across modules, e.g. {@code sales.pipeline}. */
    String id();

    String titleKey();

    /** The card's content, created for each dashboard that shows it. */
    Component create();

    /** Position on the dashboard, lowest first. */
    default int order() {
        return 100;
    }

    /** How many of the dashboard's columns the card spans on a wide screen (1 or 2). */
    default int columns() {
        return 1;
    }

    default Optional<String> requiredPermission() {
        return Optional.empty();
    }
}
