package org.rapport.contacts.ui.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.CustomFields;
import org.rapport.contacts.api.Segments;
import org.rapport.platform.api.i18n.LocaleFormatting;
import org.rapport.ui.api.MenuGroups;
import org.rapport.ui.api.ViewContribution;

/** Saved filters of people, {@code contacts/segments}: there while the segments service is. */
@Component(service = ViewContribution.class)
public final class SegmentsPage implements ViewContribution {

    static final String ROUTE = "contacts/segments";

    private final Segments segments;
    private final LocaleFormatting formatting;
    private final CustomFields customFields;

    @Activate
    public SegmentsPage(@Reference Segments segments, @Reference CustomFields customFields,
            @Reference LocaleFormatting formatting) {
        this.segments = segments;
        this.customFields = customFields;
        this.formatting = formatting;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<SegmentsView> viewType() {
        return SegmentsView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new SegmentsView(segments, customFields, formatting);
    }

    @Override
    public String titleKey() {
        return "contacts.segments.title";
    }

    @Override
    public String icon() {
        return "FILTER";
    }

    @Override
    public String menuGroup() {
        return MenuGroups.SALES;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of(ContactPermissions.PERSON_READ);
    }
}
