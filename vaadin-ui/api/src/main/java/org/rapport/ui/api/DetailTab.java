package org.rapport.ui.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

import com.vaadin.flow.component.Component;

/**
 * A tab that one module adds to another module's detail page, e.g. the service module's "Tickets" tab on a
 * contact. The owning module's page asks {@link DetailTabs} for the tabs of its record type.
 */
@ConsumerType
public interface DetailTab {

    /** The record type the tab belongs to, e.g. {@code contacts.person}. */
    String recordType();

    String titleKey();

    /** The tab's content for one record. */
    Component create(String recordId);

    default int order() {
        return 100;
    }

    default Optional<String> requiredPermission() {
        return Optional.empty();
    }
}
