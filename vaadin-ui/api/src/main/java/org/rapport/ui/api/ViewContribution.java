package org.rapport.ui.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

import com.vaadin.flow.component.Component;

/**
 * A page of a module, reachable at {@code /<route>} and listed in the navigation drawer. Registered as an OSGi
 * service; the shell registers the route while the service exists and, when it goes away, removes the route and
 * moves every user who has the page open to the home page with a notice.
 */
@ConsumerType
public interface ViewContribution {

    /** The URL path below the application root without leading slash, e.g. {@code contacts/persons}. Unique. */
    String route();

    /** The view's class; the shell uses it to tell which open pages belong to this contribution. */
    Class<? extends Component> viewType();

    /**
     * A new instance of the view, called on every navigation to it. Override to hand the view the services it
     * needs; the default uses the public no-argument constructor.
     */
    default Component createView() {
        try {
            return viewType().getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create view " + viewType().getName()
                    + ": give it a public no-argument constructor or override createView()", e);
        }
    }

    /** Message key of the page title and the menu entry. */
    String titleKey();

    /** Name of a {@code com.vaadin.flow.component.icon.VaadinIcon} constant for the menu entry. */
    default String icon() {
        return "FILE_TEXT_O";
    }

    /** The drawer section the entry goes in: one of {@link MenuGroups} or a plugin's own group id. */
    default String menuGroup() {
        return MenuGroups.WORKSPACE;
    }

    /** Position within the group, lowest first. */
    default int order() {
        return 100;
    }

    /** Whether the page gets a drawer entry (detail pages reached from lists usually do not). */
    default boolean inMenu() {
        return true;
    }

    /** The permission a user needs to see the entry and open the page, e.g. {@code contacts.person.read}. */
    default Optional<String> requiredPermission() {
        return Optional.empty();
    }
}
