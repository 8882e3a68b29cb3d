package org.rapport.contacts.ui.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.rapport.contacts.api.Owner;
import org.rapport.platform.api.directory.Directory;
import org.rapport.platform.api.directory.DirectoryEntry;
import org.rapport.platform.api.directory.DirectoryEntry.Kind;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;

/**
 * The owner on a person's or organization's form: a user and a team, each picked by typing part of a name (the
 * directory's folded search). Only there when the directory is, and left out when the owner is hidden from the user
 * (then the form sends none: "as it is"); disabled when it is read-only. Who may give a record away is the contacts
 * module's decision: the record's edit permission and its field rules, as for any other field.
 */
final class OwnerPicker {

    private final Component texts;
    private final ComboBox<DirectoryEntry> user;
    private final ComboBox<DirectoryEntry> team;
    private final boolean readOnly;

    private OwnerPicker(Component texts, ComboBox<DirectoryEntry> user, ComboBox<DirectoryEntry> team,
            boolean readOnly) {
        this.texts = texts;
        this.user = user;
        this.team = team;
        this.readOnly = readOnly;
    }

    /**
     * Adds the two pickers to the form, the user's registered as the field {@code owner} (where the module's errors
     * about the owner land). A new record starts with the caller as owner, as the module would make it.
     */
    static Optional<OwnerPicker> add(Component texts, FormLayout form, Contact contact, boolean editing,
            Map<String, HasValidation> fields) {
        Optional<Directory> found = OwnerDirectory.current();
        if (contact.hidden("owner") || found.isEmpty()) {
            return Optional.empty();
        }
        Directory directory = found.get();
        Owner owner = editing ? contact.owner() : Texts.callerId().map(Owner::user).orElse(null);
        Long userId = owner == null ? null : owner.userId();
        Long teamId = owner == null ? null : owner.teamId();
        Map<Long, String> userNames = names(() -> directory.userNames(userId == null ? Set.of() : Set.of(userId)));
        Map<Long, String> teamNames = names(() -> directory.teamNames(teamId == null ? Set.of() : Set.of(teamId)));

        ComboBox<DirectoryEntry> user = combo(texts, directory, Kind.USER, "contact-field-owner",
                texts.getTranslation("contacts.owners.userLabel"));
        user.setHelperText(texts.getTranslation("contacts.owners.help"));
        if (userId != null) {
            user.setValue(new DirectoryEntry(Kind.USER, userId, userNames.getOrDefault(userId,
                    texts.getTranslation("contacts.owner.user", userId))));
        }
        ComboBox<DirectoryEntry> team = combo(texts, directory, Kind.TEAM, "contact-field-ownerTeam",
                texts.getTranslation("contacts.owners.teamLabel"));
        if (teamId != null) {
            team.setValue(new DirectoryEntry(Kind.TEAM, teamId, teamNames.getOrDefault(teamId,
                    texts.getTranslation("contacts.owner.team", teamId))));
        }
        boolean readOnly = contact.readOnly("owner");
        user.setEnabled(!readOnly);
        team.setEnabled(!readOnly);
        fields.put("owner", user);
        form.add(user, team);
        return Optional.of(new OwnerPicker(texts, user, team, readOnly));
    }

    /** What to send: the picked owner, or {@code before} when the user may not change it. */
    Owner value(Owner before) {
        if (readOnly) {
            return before;
        }
        DirectoryEntry pickedUser = user.getValue();
        DirectoryEntry pickedTeam = team.getValue();
        return new Owner(pickedUser == null ? null : pickedUser.id(), pickedTeam == null ? null : pickedTeam.id());
    }

    /** A record needs an owner: with both emptied the module would keep the old one, which would surprise. */
    boolean checkChosen() {
        if (readOnly || user.getValue() != null || team.getValue() != null) {
            return true;
        }
        user.setErrorMessage(texts.getTranslation("contacts.owners.required"));
        user.setInvalid(true);
        return false;
    }

    private static ComboBox<DirectoryEntry> combo(Component texts, Directory directory, Kind kind, String id,
            String label) {
        ComboBox<DirectoryEntry> combo = new ComboBox<>(label);
        combo.setId(id);
        combo.setClearButtonVisible(true);
        combo.setPlaceholder(texts.getTranslation("contacts.owners.placeholder"));
        combo.setItemLabelGenerator(DirectoryEntry::name);
        combo.setItems(query -> page(directory, kind, query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()));
        return combo;
    }

    /** The directory answers at most {@link Directory#MAX_RESULTS}: later pages are empty; type more to narrow. */
    static Stream<DirectoryEntry> page(Directory directory, Kind kind, String filter, int offset, int limit) {
        if (offset >= Directory.MAX_RESULTS) {
            return Stream.empty();
        }
        return directory.search(filter, Set.of(kind), Math.min(Directory.MAX_RESULTS, offset + limit)).stream()
                .skip(offset);
    }

    private static Map<Long, String> names(java.util.function.Supplier<Map<Long, String>> lookup) {
        try {
            return lookup.get();
        } catch (RuntimeException failed) {
            // shown by id then, like any owner the directory cannot name
            return Map.of();
        }
    }
}
