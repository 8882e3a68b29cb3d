package org.rapport.contacts.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.api.Organizations;
import org.rapport.contacts.api.Persons;
import org.rapport.contacts.api.Suggestion;
import org.rapport.ui.api.SearchHit;
import org.rapport.ui.api.SearchProvider;

/**
 * People and organizations in the header's search, through the services' type-ahead (the folded prefix index, so
 * it is quick and finds {@code علي} for {@code علی}). The shell runs it as the signed-in user, so the services
 * apply their record scopes.
 */
abstract class ContactSearch implements SearchProvider {

    private final ContactService service;

    ContactSearch(ContactService service) {
        this.service = service;
    }

    @Override
    public String id() {
        return "contacts." + service.kind().plural;
    }

    @Override
    public String titleKey() {
        return service.kind().key("title");
    }

    @Override
    public int order() {
        return service.kind() == ContactKind.PERSON ? 10 : 20;
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of(service.kind().readPermission);
    }

    @Override
    public List<SearchHit> search(String query, Locale locale, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return service.suggest(query.strip(), limit).stream().map(this::hit).toList();
    }

    private SearchHit hit(Suggestion suggestion) {
        return new SearchHit(suggestion.displayName(), Texts.ltr(suggestion.detail()),
                service.kind().detailRoute(suggestion.id()), service.kind().icon);
    }

    @Component(service = SearchProvider.class)
    public static final class People extends ContactSearch {
        @Activate
        public People(@Reference Persons persons) {
            super(ContactService.of(persons, null));
        }
    }

    @Component(service = SearchProvider.class)
    public static final class Companies extends ContactSearch {
        @Activate
        public Companies(@Reference Organizations organizations) {
            super(ContactService.of(organizations, null));
        }
    }
}
