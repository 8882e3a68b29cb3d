package org.rapport.contacts.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.api.ContactAccessException;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.OrganizationDraft;
import org.rapport.contacts.api.Owner;
import org.rapport.contacts.api.Person;
import org.rapport.contacts.api.PersonDraft;
import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.access.OrgWideDefault;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/** Giving people and organizations to another user or team: who may, and to whom. */
abstract class ReassignContractTest extends ContactsTestBase {

    private static final long SALES_TEAM = 77;
    final TestDirectory directory = new TestDirectory();

    @BeforeEach
    void knownUsersAndTeams() {
        directory.users.put(alice.userId(), "Alice");
        directory.users.put(bob.userId(), "Bob");
        directory.teams.put(SALES_TEAM, "sales");
        persons.bindDirectory(directory);
        organizations.bindDirectory(directory);
    }

    private static PersonDraft named(String first, String last, Owner owner) {
        return new PersonDraft(first, last, null, null, null, null, null, null, null, null, null, owner, null, null);
    }

    @Test
    void anEditorGivesAPersonToAnotherUserWhoThenHasIt() throws Exception {
        Person lead = as(alice, () -> persons.create(PersonDraft.of("Lead", "ForBob", null, null)));

        Person moved = as(alice, () -> persons.update(lead.id(), lead.version(), named("Lead", "ForBob",
                Owner.user(bob.userId()))));

        assertEquals(Owner.user(bob.userId()), moved.owner());
        assertTrue(as(bob, () -> persons.find(lead.id())).isPresent(), "the new owner sees it");
        assertTrue(as(alice, () -> persons.find(lead.id())).isEmpty(), "a private record leaves its old owner");
    }

    @Test
    void aRecordGoesOnlyToUsersAndTeamsThatExist() throws Exception {
        Person lead = as(alice, () -> persons.create(PersonDraft.of("Lead", "Nowhere", null, null)));

        ApiProblem user = assertThrows(ApiProblem.class, () -> as(alice, () -> persons.update(lead.id(),
                lead.version(), named("Lead", "Nowhere", Owner.user(4242)))));
        ApiProblem team = assertThrows(ApiProblem.class, () -> as(alice, () -> organizations.create(
                new OrganizationDraft("Nowhere Ltd", null, null, null, null, null, null, null, null, null,
                        new Owner(null, 4343L), null, null, null))));

        assertEquals(List.of(new FieldError("owner", "there is no user 4242")), user.fieldErrors());
        assertEquals(List.of(new FieldError("owner", "there is no team 4343")), team.fieldErrors());
        assertEquals(Owner.user(alice.userId()), as(alice, () -> persons.find(lead.id()).orElseThrow()).owner());
        assertEquals(new Owner(alice.userId(), SALES_TEAM), as(alice, () -> persons.update(lead.id(), lead.version(),
                named("Lead", "Nowhere", new Owner(alice.userId(), SALES_TEAM)))).owner());
    }

    @Test
    void anOwnerWhoLeftTheDirectoryStaysWhileTheRecordIsEdited() throws Exception {
        Person lead = as(alice, () -> persons.create(PersonDraft.of("Lead", "Kept", null, null)));
        directory.users.remove(alice.userId());

        Person edited = as(alice, () -> persons.update(lead.id(), lead.version(), named("Lead", "Edited",
                Owner.user(alice.userId()))));

        assertEquals(Owner.user(alice.userId()), edited.owner());
    }

    @Test
    void withoutTheDirectoryIdsAreTakenAsGiven() throws Exception {
        persons.unbindDirectory(directory);
        Person lead = as(admin, () -> persons.create(named("Lead", "Unchecked", Owner.user(4242))));

        assertEquals(Owner.user(4242), lead.owner());
    }

    @Test
    void whoMayOnlyReadARecordMayNotGiveItAway() throws Exception {
        access.defaults.put(ContactPermissions.PERSON_TYPE, OrgWideDefault.PUBLIC_READ);
        Person lead = as(alice, () -> persons.create(PersonDraft.of("Lead", "Alices", null, null)));

        assertThrows(ContactAccessException.class, () -> as(bob, () -> persons.update(lead.id(), lead.version(),
                named("Lead", "Alices", Owner.user(bob.userId())))));
        assertEquals(Owner.user(alice.userId()), as(alice, () -> persons.find(lead.id()).orElseThrow()).owner());
    }

    @Test
    void aReadOnlyOrHiddenOwnerIsNotChangedByTheForm() throws Exception {
        Person lead = as(alice, () -> persons.create(PersonDraft.of("Lead", "Locked", null, null)));
        access.rule("alice", ContactPermissions.PERSON_TYPE, "owner", FieldRule.READ_ONLY);

        assertThrows(ContactAccessException.class, () -> as(alice, () -> persons.update(lead.id(), lead.version(),
                named("Lead", "Locked", Owner.user(bob.userId())))));

        access.rule("alice", ContactPermissions.PERSON_TYPE, "owner", FieldRule.HIDDEN);
        Person edited = as(alice, () -> persons.update(lead.id(), lead.version(), named("Lead", "Renamed", null)));
        assertEquals(null, edited.owner(), "a hidden owner is not revealed");
        assertEquals(Owner.user(alice.userId()), as(admin, () -> persons.find(lead.id()).orElseThrow()).owner(),
                "and sending none keeps it");
    }
}
