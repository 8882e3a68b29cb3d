package org.rapport.contacts.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.api.Affiliation;
import org.rapport.contacts.api.Consent;
import org.rapport.contacts.api.ConsentChannel;
import org.rapport.contacts.api.ContactAccessException;
import org.rapport.contacts.api.ContactConflictException;
import org.rapport.contacts.api.ContactNotFoundException;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.ContactQuery;
import org.rapport.contacts.api.Email;
import org.rapport.contacts.api.LifecycleStage;
import org.rapport.contacts.api.Organization;
import org.rapport.contacts.api.OrganizationDraft;
import org.rapport.contacts.api.Owner;
import org.rapport.contacts.api.Page;
import org.rapport.contacts.api.Person;
import org.rapport.contacts.api.PersonDraft;
import org.rapport.contacts.api.Share;
import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.access.OrgWideDefault;
import org.rapport.platform.api.access.ShareLevel;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.Channel;
import org.rapport.platform.api.security.CurrentCaller;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.i18n.internal.IcuTextFolding;
import org.rapport.platform.testing.ModuleTestDatabase;
import org.rapport.platform.testing.TestClock;

/** People and organizations on a real database with access applied; run on H2 and on MariaDB. */
abstract class ContactsContractTest extends ContactsTestBase {

    @Test
    void storesPhonesInE164WhateverDigitsTheyWereTypedIn() throws Exception {
        Person ali = as(alice, () -> persons.create(PersonDraft.of("علی", "رضایی", "Ali@Example.com", "۰۹۱۲ ۱۲۳ ۴۵۶۷")));

        assertEquals("+989121234567", ali.phones().get(0).number());
        assertEquals("علی رضایی", ali.displayName());
        assertEquals(new Owner(alice.userId(), null), ali.owner());
        assertEquals(ali, as(alice, () -> persons.find(ali.id()).orElseThrow()));
    }

    @Test
    void searchFoldsArabicAndPersianLettersAndDigits() throws Exception {
        as(admin, () -> {
            persons.create(PersonDraft.of("علي", "كريمي", null, "+98 912 123 4567"));
            persons.create(PersonDraft.of("Batbayar", "Dorj", "bat@example.mn", "+976 8811 2233"));
            persons.create(PersonDraft.of("Jean-Luc", "Müller", null, null));
            return null;
        });

        assertEquals(List.of("علي كريمي"), names(search(admin, "علی")));
        assertEquals(List.of("علي كريمي"), names(search(admin, "کریمی")));
        assertEquals(List.of("علي كريمي"), names(search(admin, "۰۹۱۲۱۲۳")));
        assertEquals(List.of("علي كريمي"), names(search(admin, "+98 912 123")));
        assertEquals(List.of("Batbayar Dorj"), names(search(admin, "BAT@EXAMPLE")));
        assertEquals(List.of("Jean-Luc Müller"), names(search(admin, "luc muller")));
        assertEquals(List.of(), names(search(admin, "علی zzz")));
        assertEquals(List.of("علي كريمي"), as(admin, () -> persons.suggest("کر", 5)).stream()
                .map(s -> s.displayName()).toList());
    }

    @Test
    void typeAheadListsEachMatchOnceByTheWordItMatchedAndOnlyWhatTheCallerSees() throws Exception {
        as(admin, () -> {
            persons.create(PersonDraft.of("Maryam", "Zand", "maryam@example.com", null));
            persons.create(PersonDraft.of("Reza", "Mahdavi", null, null));
            persons.create(PersonDraft.of("Mahsa", "Amini", null, null));
            persons.create(PersonDraft.of("Sara", "Karimi", null, null));
            return null;
        });
        as(alice, () -> persons.create(PersonDraft.of("Mani", "Private", null, null)));

        // Maryam matches by name and by email, and comes once; the order follows the word that matched
        assertEquals(List.of("Reza Mahdavi", "Mahsa Amini", "Mani Private", "Maryam Zand"),
                suggestions(admin, "ma", 10));
        assertEquals(List.of("Reza Mahdavi", "Mahsa Amini"), suggestions(admin, "ma", 2));
        assertEquals(List.of("Reza Mahdavi"), suggestions(admin, "ma re", 10));
        assertEquals(List.of(), suggestions(admin, "ma zzz", 10));
        assertEquals(List.of("Mani Private"), suggestions(alice, "ma", 10), "records are private by default");
        assertEquals(List.of(), suggestions(bob, "ma", 10));
    }

    @Test
    void aCommonTagListsTheSamePagesAsARareOne() throws Exception {
        String[] names = {"Zahra", "Ali", "Omid", "Bahar", "Kian", "Yasmin", "Dara", "Nika", "Parsa", "Elham", "Hadi"};
        for (int i = 0; i < names.length; i++) {
            Set<String> tags = i % 3 == 1 ? Set.of("other") : Set.of("VIP", "x" + i);
            LifecycleStage stage = i % 2 == 0 ? LifecycleStage.CUSTOMER : LifecycleStage.LEAD;
            PersonDraft draft = new PersonDraft(names[i], "Tagged", null, null, null, null, null, null, tags, null,
                    stage, null, null, null, null);
            as(i == 4 ? alice : admin, () -> persons.create(draft));
        }

        for (ContactQuery.Sort sort : ContactQuery.Sort.values()) {
            for (ContactQuery query : List.of(new ContactQuery(null, null, "vip", sort, 2, null),
                    new ContactQuery(null, LifecycleStage.CUSTOMER, "vip", sort, 2, null),
                    new ContactQuery("tagged", null, "vip", sort, 3, null))) {
                for (org.rapport.platform.api.security.Caller caller : List.of(admin, alice, bob)) {
                    persons.pages.commonTag = Integer.MAX_VALUE;
                    List<String> rare = allPages(caller, query);
                    persons.pages.commonTag = 2;
                    List<String> common = allPages(caller, query);
                    assertEquals(rare, common, sort + " " + query + " as " + caller.username());
                    // again, with what the first reading learned: the tag is common, and the share met sizes the chunk
                    assertEquals(rare, allPages(caller, query), "again: " + sort + " " + query + " as "
                            + caller.username());
                    if (caller == admin && query.stage() == null) {
                        assertEquals(7, common.size(), common.toString());
                    }
                }
            }
        }
        persons.pages.commonTag = ListPages.COMMON_TAG;
    }

    @Test
    void aCommonSearchWordListsTheSamePagesAsARareOne() throws Exception {
        String[][] people = {{"Mahsa", "Amini", "mahsa@example.org"}, {"Omid", "Mahdavi", null},
            {"Maryam", "Zand", "zand@example.org"}, {"Ali", "Karimi", "marketing@example.org"},
            {"Mani", "Tehrani", null}, {"Sara", "Ahmadi", "sara@mail.example"}, {"Kian", "Mahmoudi", null},
            {"Dara", "Moradi", "dara@example.org"}, {"Manijeh", "Tavakoli", null}, {"Hadi", "Rahimi", null}};
        for (int i = 0; i < people.length; i++) {
            Set<String> tags = i % 3 == 0 ? Set.of("vip") : Set.of();
            LifecycleStage stage = i % 2 == 0 ? LifecycleStage.CUSTOMER : LifecycleStage.LEAD;
            PersonDraft draft = new PersonDraft(people[i][0], people[i][1], people[i][2] == null ? null
                    : List.of(new org.rapport.contacts.api.Email(people[i][2], null)), null, null, null, null, null,
                    tags, null, stage, null, null, null, null);
            as(i == 4 ? alice : admin, () -> persons.create(draft));
        }

        for (ContactQuery.Sort sort : ContactQuery.Sort.values()) {
            for (ContactQuery query : List.of(new ContactQuery("ma", null, null, sort, 2, null),
                    new ContactQuery("ma", LifecycleStage.CUSTOMER, null, sort, 2, null),
                    new ContactQuery("ma", null, "vip", sort, 1, null),
                    new ContactQuery("ma ta", null, null, sort, 1, null),
                    new ContactQuery("ma ma", null, null, sort, 3, null))) {
                for (org.rapport.platform.api.security.Caller caller : List.of(admin, alice, bob)) {
                    persons.pages.commonWord = Integer.MAX_VALUE;
                    List<String> rare = allPages(caller, query);
                    long rareTotal = as(caller, () -> persons.list(query)).total();
                    persons.pages.commonWord = 2;
                    List<String> common = allPages(caller, query);
                    assertEquals(rareTotal, as(caller, () -> persons.list(query)).total(), "total of " + query);
                    persons.pages.commonTag = 2;
                    List<String> commonAndTag = allPages(caller, query);
                    persons.pages.commonTag = ListPages.COMMON_TAG;
                    persons.pages.maxWalk = 0;
                    List<String> walkCutShort = allPages(caller, query);
                    persons.pages.maxWalk = 3;
                    List<String> walkCutMidway = allPages(caller, query);
                    persons.pages.maxWalk = ListPages.MAX_WALK;
                    assertEquals(rare, common, sort + " " + query + " as " + caller.username());
                    assertEquals(rare, commonAndTag, sort + " " + query + " as " + caller.username());
                    assertEquals(rare, walkCutShort, sort + " " + query + " as " + caller.username());
                    assertEquals(rare, walkCutMidway, sort + " " + query + " as " + caller.username());
                    if (caller == admin && query.stage() == null && query.tag() == null) {
                        // by name, email or email domain (sara@mail.example)
                        Set<String> expected = query.text().equals("ma ta") ? Set.of("Manijeh")
                                : Set.of("Mahsa", "Omid", "Maryam", "Ali", "Mani", "Sara", "Kian", "Manijeh");
                        assertEquals(expected, Set.copyOf(common), sort + " " + query);
                        assertEquals(expected.size(), common.size(), "each once: " + common);
                    }
                }
            }
        }
        persons.pages.commonWord = ListPages.COMMON_WORD;
    }

    private List<String> allPages(org.rapport.platform.api.security.Caller caller, ContactQuery first)
            throws Exception {
        List<String> seen = new ArrayList<>();
        ContactQuery query = first;
        for (int page = 0; page < 20; page++) {
            ContactQuery current = query;
            org.rapport.contacts.api.Page<Person> answer = as(caller, () -> persons.list(current));
            answer.items().forEach(p -> seen.add(p.firstName()));
            if (answer.nextCursor() == null) {
                return seen;
            }
            query = query.after(answer.nextCursor());
        }
        throw new AssertionError("more than 20 pages of " + first);
    }

    private List<String> suggestions(org.rapport.platform.api.security.Caller caller, String prefix, int limit) throws Exception {
        return as(caller, () -> persons.suggest(prefix, limit)).stream().map(s -> s.displayName()).toList();
    }

    @Test
    void searchTreatsLikeWildcardsAsText() throws Exception {
        as(admin, () -> persons.create(PersonDraft.of("Sara", "Ahmadi", null, null)));

        assertEquals(List.of(), names(search(admin, "%")));
        assertEquals(List.of(), names(search(admin, "s_ra")));
    }

    @Test
    void privateRecordsOfOthersAnswerExactlyLikeMissingOnes() throws Exception {
        List<Long> alices = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            alices.add(as(alice, () -> persons.create(PersonDraft.of("Private" + n, "Lead", null, null))).id());
        }
        long missing = alices.get(alices.size() - 1) + 1000;

        for (long id : alices) {
            assertTrue(as(bob, () -> persons.find(id)).isEmpty(), "bob must not see " + id);
            ContactNotFoundException update = assertThrows(ContactNotFoundException.class, () -> as(bob,
                    () -> persons.update(id, 1, PersonDraft.of("Mine", "Now", null, null))));
            ContactNotFoundException ofMissing = assertThrows(ContactNotFoundException.class, () -> as(bob,
                    () -> persons.update(missing, 1, PersonDraft.of("Mine", "Now", null, null))));
            assertEquals(ofMissing.status(), update.status());
            assertEquals(ofMissing.getMessage().replace(String.valueOf(missing), "N"),
                    update.getMessage().replace(String.valueOf(id), "N"));
            assertThrows(ContactNotFoundException.class, () -> as(bob, () -> {
                persons.delete(id, 1);
                return null;
            }));
            assertThrows(ContactNotFoundException.class, () -> as(bob, () -> persons.shares(id)));
        }
        assertEquals(0, as(bob, () -> persons.list(ContactQuery.first(50))).total());
        assertEquals(List.of(), names(search(bob, "private0")));
        assertEquals(5, as(alice, () -> persons.list(ContactQuery.first(50))).total());
        assertEquals(5, as(admin, () -> persons.list(ContactQuery.first(50))).total());
    }

    @Test
    void managersSeeWhatThePeopleBelowThemOwnAndTeamsSeeTheirRecords() throws Exception {
        access.subordinates.put(manager.userId(), Set.of(alice.userId()));
        access.teams.put(bob.userId(), Set.of(77L));
        Person alices = as(alice, () -> persons.create(PersonDraft.of("Owned", "ByAlice", null, null)));
        Person teams = as(admin, () -> persons.create(new PersonDraft("Owned", "ByTeam", null, null, null, null, null,
                null, null, null, null, new Owner(null, 77L), null, null)));

        assertTrue(as(manager, () -> persons.find(alices.id())).isPresent());
        assertTrue(as(manager, () -> persons.find(teams.id())).isEmpty());
        assertTrue(as(bob, () -> persons.find(teams.id())).isPresent());
        assertTrue(as(bob, () -> persons.find(alices.id())).isEmpty());
        assertTrue(as(alice, () -> persons.find(teams.id())).isEmpty());
    }

    @Test
    void sharingGivesReadOrWriteToOneRecord() throws Exception {
        Person lead = as(alice, () -> persons.create(PersonDraft.of("Shared", "Lead", null, null)));
        Person other = as(alice, () -> persons.create(PersonDraft.of("Unshared", "Lead", null, null)));

        as(alice, () -> {
            persons.share(lead.id(), new Share(bob.userId(), null, ShareLevel.READ));
            return null;
        });
        assertTrue(as(bob, () -> persons.find(lead.id())).isPresent());
        assertTrue(as(bob, () -> persons.find(other.id())).isEmpty());
        assertEquals(List.of("Shared Lead"), names(as(bob, () -> persons.list(ContactQuery.first(10)))));
        assertThrows(ContactAccessException.class, () -> as(bob,
                () -> persons.update(lead.id(), lead.version(), PersonDraft.of("Changed", "ByBob", null, null))));

        as(alice, () -> {
            persons.share(lead.id(), new Share(bob.userId(), null, ShareLevel.READ_WRITE));
            return null;
        });
        assertEquals("Changed ByBob", as(bob, () -> persons.update(lead.id(), lead.version(),
                PersonDraft.of("Changed", "ByBob", null, null))).displayName());
        assertEquals(new Owner(alice.userId(), null), as(alice, () -> persons.find(lead.id()).orElseThrow()).owner(),
                "a change by someone else keeps the owner");
        assertEquals(List.of(new Share(bob.userId(), null, ShareLevel.READ_WRITE)),
                as(alice, () -> persons.shares(lead.id())));

        as(alice, () -> {
            persons.unshare(lead.id(), new Share(bob.userId(), null, null));
            return null;
        });
        assertTrue(as(bob, () -> persons.find(lead.id())).isEmpty());
    }

    @Test
    void publicReadShowsEveryoneTheRecordsButOnlyOwnersChangeThem() throws Exception {
        access.defaults.put(ContactPermissions.PERSON_TYPE, OrgWideDefault.PUBLIC_READ);
        Person lead = as(alice, () -> persons.create(PersonDraft.of("Public", "Lead", null, null)));

        assertTrue(as(bob, () -> persons.find(lead.id())).isPresent());
        assertThrows(ContactAccessException.class, () -> as(bob,
                () -> persons.update(lead.id(), lead.version(), PersonDraft.of("X", "Y", null, null))));

        access.defaults.put(ContactPermissions.PERSON_TYPE, OrgWideDefault.PUBLIC_READ_WRITE);
        assertEquals("X Y", as(bob, () -> persons.update(lead.id(), lead.version(),
                PersonDraft.of("X", "Y", null, null))).displayName());
    }

    @Test
    void hiddenFieldsAreLeftOutOfAnswersAndSearchAndCannotBeChanged() throws Exception {
        access.defaults.put(ContactPermissions.PERSON_TYPE, OrgWideDefault.PUBLIC_READ_WRITE);
        access.rule("bob", ContactPermissions.PERSON_TYPE, "emails", FieldRule.HIDDEN);
        access.rule("bob", ContactPermissions.PERSON_TYPE, "stage", FieldRule.READ_ONLY);
        Person lead = as(alice, () -> persons.create(new PersonDraft("Hidden", "Email", List.of(new Email(
                "secret@example.com")), null, null, null, null, null, null, null, LifecycleStage.LEAD, null, null, null)));

        Person seen = as(bob, () -> persons.find(lead.id()).orElseThrow());
        assertEquals(List.of(), seen.emails());
        assertEquals(Set.of("emails"), seen.hiddenFields());
        assertEquals(Set.of("stage"), seen.readOnlyFields());
        assertEquals(List.of(), names(search(bob, "secret@")));
        assertEquals(List.of("Hidden Email"), names(search(alice, "secret@")));

        // sent back as read (no emails, same stage): the hidden emails stay
        Person renamed = as(bob, () -> persons.update(lead.id(), lead.version(), new PersonDraft("Renamed", "Email",
                null, null, null, null, null, null, null, null, LifecycleStage.LEAD, null, null, null)));
        assertEquals("Renamed Email", renamed.displayName());
        assertEquals(List.of(new Email("secret@example.com")),
                as(alice, () -> persons.find(lead.id()).orElseThrow()).emails());

        ContactAccessException stage = assertThrows(ContactAccessException.class, () -> as(bob,
                () -> persons.update(lead.id(), renamed.version(), new PersonDraft("Renamed", "Email", null, null,
                        null, null, null, null, null, null, LifecycleStage.CUSTOMER, null, null, null))));
        assertTrue(stage.getMessage().contains("stage"), stage.getMessage());
        assertThrows(ContactAccessException.class, () -> as(bob, () -> persons.update(lead.id(), renamed.version(),
                new PersonDraft("Renamed", "Email", List.of(new Email("mine@example.com")), null, null, null, null,
                        null, null, null, LifecycleStage.LEAD, null, null, null))));
        assertEquals(LifecycleStage.LEAD, as(alice, () -> persons.find(lead.id()).orElseThrow()).stage());
    }

    @Test
    void exportsWriteEveryMatchingRecordWithoutHiddenColumnsAndAreAudited() throws Exception {
        Caller exporter = exporterWithoutEmails("Export", "Row", 7);

        java.io.StringWriter out = new java.io.StringWriter();
        long written = as(exporter, () -> persons.exportCsv(ContactQuery.first(2).withText("export"), out));

        List<String> lines = List.of(out.toString().strip().split("\n"));
        assertEquals(7, written);
        assertEquals(8, lines.size(), out.toString());
        assertTrue(lines.get(0).startsWith("\"id\",\"firstName\",\"lastName\",\"phones\""), lines.get(0));
        assertFalse(out.toString().contains("@example.com"), "hidden emails must not be exported");
        assertTrue(audit.events.get(0).startsWith("contacts Person EXPORT 7 records"), audit.events.toString());
        assertThrows(ContactAccessException.class, () -> as(alice, () -> persons.exportCsv(ContactQuery.first(5),
                new java.io.StringWriter())));
    }

    @Test
    void vCardExportsWriteACardPerMatchingPersonWithoutHiddenFieldsAndAreAudited() throws Exception {
        Caller exporter = exporterWithoutEmails("Card", "Holder", 3);

        java.io.StringWriter out = new java.io.StringWriter();
        long written = as(exporter, () -> persons.exportVCards(ContactQuery.first(2).withText("card"), out));

        assertEquals(3, written);
        assertEquals(3, out.toString().split("BEGIN:VCARD").length - 1, out.toString());
        assertTrue(out.toString().contains("FN:Card Holder2"), out.toString());
        assertFalse(out.toString().contains("Other Person"), out.toString());
        assertFalse(out.toString().contains("@example.com"), "hidden emails must not be exported");
        assertTrue(audit.events.get(0).startsWith("contacts Person EXPORT 3 records as vCard, search 'card'"),
                audit.events.toString());
        assertThrows(ContactAccessException.class, () -> as(alice, () -> persons.exportVCards(ContactQuery.first(5),
                new java.io.StringWriter())));
    }

    /**
     * Alice's people {@code first lastN} (with emails) and one other, readable by everyone; answers Bob as an exporter
     * whose role hides emails.
     */
    private Caller exporterWithoutEmails(String first, String last, int count) throws Exception {
        access.defaults.put(ContactPermissions.PERSON_TYPE, OrgWideDefault.PUBLIC_READ);
        access.rule("bob", ContactPermissions.PERSON_TYPE, "emails", FieldRule.HIDDEN);
        as(alice, () -> {
            for (int i = 0; i < count; i++) {
                persons.create(PersonDraft.of(first, last + i, last.toLowerCase() + i + "@example.com", null));
            }
            persons.create(PersonDraft.of("Other", "Person", "other@example.com", null));
            return null;
        });
        return caller(bob.userId(), "bob", Set.of("sales"), Set.of(ContactPermissions.PERSON_READ,
                ContactPermissions.PERSON_EXPORT));
    }

    @Test
    void consentsKeepTheirHistoryAndTheLatestDecisionHolds() throws Exception {
        Person lead = as(alice, () -> persons.create(PersonDraft.of("Consent", "Giver", "c@example.com", null)));

        as(alice, () -> privacy.recordConsent(lead.id(), ConsentChannel.EMAIL, true, "web form /newsletter"));
        clock.advance(java.time.Duration.ofDays(3));
        as(alice, () -> privacy.recordConsent(lead.id(), ConsentChannel.EMAIL, false, "unsubscribe link"));
        as(alice, () -> privacy.recordConsent(lead.id(), ConsentChannel.SMS, true, "shop counter"));

        List<Consent> now = as(alice, () -> privacy.consents(lead.id()));
        assertEquals(2, now.size());
        assertEquals(List.of(false, true), now.stream().map(Consent::granted).toList());
        assertEquals("unsubscribe link", now.get(0).source());
        assertEquals(3, as(alice, () -> privacy.consentHistory(lead.id())).size());
        assertThrows(ContactNotFoundException.class, () -> as(bob, () -> privacy.consents(lead.id())));
    }

    @Test
    void erasingAPersonClearsEverythingThatIdentifiesThem() throws Exception {
        Organization acme = as(alice, () -> organizations.create(OrganizationDraft.named("Acme")));
        Person lead = as(alice, () -> persons.create(new PersonDraft("Maryam", "Tehrani", List.of(new Email(
                "maryam@example.com")), List.of(new org.rapport.contacts.api.Phone("+98 912 000 1111")), null, null,
                "maryam.example", List.of(new Affiliation(acme.id(), null, "CEO")), Set.of("vip"), "fair", null, null,
                "met at the fair", "crm-77")));
        as(alice, () -> privacy.recordConsent(lead.id(), ConsentChannel.EMAIL, true, "fair"));
        Caller eraser = caller(alice.userId(), "alice", Set.of("sales"), Set.of(ContactPermissions.PERSON_READ,
                ContactPermissions.PERSON_ERASE));

        assertThrows(ContactAccessException.class, () -> as(alice, () -> {
            privacy.erase(lead.id(), lead.version());
            return null;
        }));
        assertThrows(ContactConflictException.class, () -> as(eraser, () -> {
            privacy.erase(lead.id(), lead.version() + 5);
            return null;
        }));
        as(eraser, () -> {
            privacy.erase(lead.id(), lead.version());
            return null;
        });

        Person erased = as(alice, () -> persons.find(lead.id()).orElseThrow());
        assertEquals("Erased", erased.displayName());
        assertEquals(List.of(), erased.emails());
        assertEquals(List.of(), erased.phones());
        assertEquals(List.of(), erased.affiliations());
        assertEquals(Set.of(), erased.tags());
        assertNull(erased.notes());
        assertNull(erased.externalId());
        assertNull(erased.website());
        assertEquals(List.of(), names(search(alice, "maryam")));
        assertEquals(List.of(), names(search(alice, "0912000")));
        assertEquals(List.of(), as(alice, () -> privacy.consentHistory(lead.id())));
        assertTrue(persistence.erasedAudit().contains("Person " + lead.id()), persistence.erasedAudit().toString());
        assertTrue(persistence.published().stream().anyMatch(e -> e.topic().equals(
                org.rapport.contacts.api.ContactTopics.PERSON_ERASED)));
    }

    @Test
    void anErasedPersonIsNotFilledInAgain() throws Exception {
        Person lead = as(alice, () -> persons.create(PersonDraft.of("Leyla", "Forgotten", "leyla@example.com", null)));
        Caller eraser = caller(alice.userId(), "alice", Set.of("sales"), Set.of(ContactPermissions.PERSON_READ,
                ContactPermissions.PERSON_ERASE));
        as(eraser, () -> {
            privacy.erase(lead.id(), lead.version());
            return null;
        });
        Person erased = as(alice, () -> persons.find(lead.id()).orElseThrow());

        ApiProblem refused = assertThrows(ApiProblem.class, () -> as(alice, () -> persons.update(erased.id(),
                erased.version(), PersonDraft.of("Leyla", "Forgotten", "leyla@example.com", null))));
        assertEquals(409, refused.status());
        assertEquals(PersonStore.ERASED_NOT_CHANGED, refused.title());
        assertTrue(refused.detail().contains("Person " + erased.id() + " was erased on request"), refused.detail());
        // a form opened before the erasure holds the older version: the refusal, not a conflict to override
        ApiProblem stale = assertThrows(ApiProblem.class, () -> as(alice, () -> persons.update(erased.id(),
                lead.version(), PersonDraft.of("Leyla", "Forgotten", "leyla@example.com", null))));
        assertEquals(PersonStore.ERASED_NOT_CHANGED, stale.title());
        Person after = as(alice, () -> persons.find(lead.id()).orElseThrow());
        assertEquals(erased.version(), after.version());
        assertEquals("Erased", after.displayName());
        assertEquals(List.of(), after.emails());
        assertTrue(as(alice, () -> persons.list(ContactQuery.first(50).withText("leyla"))).items().isEmpty(),
                "the refused change left search terms behind");
    }

    @Test
    void anErasedPersonSaysWhenTheyWereErasedAndASecondErasureKeepsThatTime() throws Exception {
        Person lead = as(alice, () -> persons.create(PersonDraft.of("Leyla", "Forgotten", "leyla@example.com", null)));
        Person kept = as(alice, () -> persons.create(PersonDraft.of("Kaveh", "Remembered", null, null)));
        Caller eraser = caller(alice.userId(), "alice", Set.of("sales"), Set.of(ContactPermissions.PERSON_READ,
                ContactPermissions.PERSON_ERASE));
        assertNull(lead.erasedAt());
        assertFalse(lead.erased());

        clock.advance(java.time.Duration.ofHours(1));
        java.time.Instant erasedAt = clock.instant();
        as(eraser, () -> {
            privacy.erase(lead.id(), lead.version());
            return null;
        });
        Person erased = as(alice, () -> persons.find(lead.id()).orElseThrow());
        assertEquals(erasedAt, erased.erasedAt());
        assertTrue(erased.erased());

        clock.advance(java.time.Duration.ofDays(2));
        as(eraser, () -> {
            privacy.erase(erased.id(), erased.version());
            return null;
        });
        Person again = as(alice, () -> persons.find(lead.id()).orElseThrow());
        assertEquals(erasedAt, again.erasedAt(), "the first erasure's time stays");
        assertEquals(clock.instant(), again.updatedAt());
        assertNull(as(alice, () -> persons.find(kept.id()).orElseThrow()).erasedAt());
        assertTrue(as(alice, () -> persons.list(ContactQuery.first(50))).items().stream()
                .allMatch(p -> p.erased() == (p.id() == lead.id())), "the list carries the mark too");
    }

    @Test
    void anErasedPersonIsNeverMergedOnEitherSideAndNothingIsWritten() throws Exception {
        Caller eraser = caller(alice.userId(), "alice", Set.of("sales"), Set.of(ContactPermissions.PERSON_READ,
                ContactPermissions.PERSON_WRITE, ContactPermissions.PERSON_DELETE, ContactPermissions.PERSON_ERASE));
        Person live = as(alice, () -> persons.create(new PersonDraft("Nima", "Alive", List.of(new Email(
                "nima@example.com")), null, null, null, null, null, Set.of("vip"), null, LifecycleStage.LEAD, null,
                "kept notes", null)));
        as(alice, () -> privacy.recordConsent(live.id(), ConsentChannel.EMAIL, true, "form"));
        Person erased = erase(eraser, as(alice, () -> persons.create(PersonDraft.of("Nima", "Gone",
                "gone@example.com", null))));
        Person liveBefore = as(alice, () -> persons.find(live.id()).orElseThrow());

        ApiProblem mergedSide = assertThrows(ApiProblem.class, () -> as(eraser, () -> duplicates.merge(live.id(),
                liveBefore.version(), erased.id(), erased.version(), java.util.Map.of("notes",
                        org.rapport.contacts.api.PersonDuplicates.Side.MERGED))));
        assertEquals(409, mergedSide.status());
        assertFalse(mergedSide instanceof ContactConflictException, "not a version conflict: reloading won't help");
        assertEquals("Person " + erased.id() + ", the one to merge, was erased on request: an erased record is not"
                + " merged. If person " + live.id() + " is the same person, erase that one too.", mergedSide.detail());
        assertEquals(List.of("merged"), mergedSide.extensions().get("erased"));

        ApiProblem survivorSide = assertThrows(ApiProblem.class, () -> as(eraser, () -> duplicates.merge(
                erased.id(), erased.version(), live.id(), liveBefore.version(), java.util.Map.of())));
        assertEquals(409, survivorSide.status());
        assertTrue(survivorSide.detail().startsWith("Person " + erased.id() + ", the one to keep, was erased"),
                survivorSide.detail());
        assertTrue(survivorSide.detail().endsWith("If person " + live.id() + " is the same person, erase that one"
                + " too."), survivorSide.detail());
        assertEquals(List.of("survivor"), survivorSide.extensions().get("erased"));

        Person alsoErased = erase(eraser, as(alice, () -> persons.create(PersonDraft.of("Nima", "Forgotten", null,
                null))));
        ApiProblem bothSides = assertThrows(ApiProblem.class, () -> as(eraser, () -> duplicates.merge(erased.id(),
                erased.version(), alsoErased.id(), alsoErased.version(), java.util.Map.of())));
        assertEquals(409, bothSides.status());
        assertEquals(List.of("survivor", "merged"), bothSides.extensions().get("erased"));

        assertEquals(liveBefore, as(alice, () -> persons.find(live.id()).orElseThrow()), "the live person is as before");
        assertEquals(1, as(alice, () -> privacy.consentHistory(live.id())).size());
        assertEquals(erased, as(alice, () -> persons.find(erased.id()).orElseThrow()), "the erased one stays, erased");
        assertEquals(alsoErased, as(alice, () -> persons.find(alsoErased.id()).orElseThrow()));
        assertFalse(persistence.published().stream().anyMatch(e -> e.topic().equals(
                org.rapport.contacts.api.ContactTopics.PERSON_MERGED)), persistence.published().toString());
    }

    @Test
    void erasedPeopleAreNeverProposedAsDuplicatesNorHaveAny() throws Exception {
        Caller eraser = caller(alice.userId(), "alice", Set.of("sales"), Set.of(ContactPermissions.PERSON_READ,
                ContactPermissions.PERSON_WRITE, ContactPermissions.PERSON_ERASE));
        Person first = erase(eraser, as(alice, () -> persons.create(PersonDraft.of("Leyla", "Forgotten",
                "leyla@example.com", "+98 912 555 0101"))));
        Person second = erase(eraser, as(alice, () -> persons.create(PersonDraft.of("Kaveh", "Forgotten", null,
                null))));
        assertTrue(first.erased() && second.erased());
        Person namedErased = as(alice, () -> persons.create(PersonDraft.of("Erased", null, null, null)));

        assertEquals(List.of(namedErased.id()), as(alice, () -> duplicates.candidatesFor(PersonDraft.of("Erased",
                null, null, null))).stream().map(c -> c.id()).toList(), "only the live person of that name");
        assertEquals(List.of(), as(alice, () -> duplicates.candidatesOf(namedErased.id())));
        assertEquals(List.of(), as(alice, () -> duplicates.candidatesOf(first.id())));
        assertEquals(List.of(), as(alice, () -> duplicates.candidatesOf(second.id())));
        assertEquals(List.of(), as(alice, () -> duplicates.candidatesFor(PersonDraft.of("Leyla", "Forgotten",
                "leyla@example.com", "+98 912 555 0101"))), "what was erased finds nobody");
    }

    /** Erases the person as {@code eraser} and reads them back as erased. */
    private Person erase(Caller eraser, Person person) throws Exception {
        return as(eraser, () -> {
            privacy.erase(person.id(), person.version());
            return persons.find(person.id()).orElseThrow();
        });
    }

    @Test
    void theArchiveHoldsTheRecordItsConsentsLedgerAndFiles() throws Exception {
        Person lead = as(alice, () -> persons.create(PersonDraft.of("Archive", "Me", "a@example.com", null)));
        as(alice, () -> privacy.recordConsent(lead.id(), ConsentChannel.PHONE, true, "call"));
        as(alice, () -> ledger.recordPurchase("person", lead.id(), new org.rapport.contacts.api.Purchase(0,
                java.time.Instant.parse("2026-03-20T10:00:00Z"), "Saffron 1kg", java.math.BigDecimal.ONE,
                new java.math.BigDecimal("45000000"), "IRR", "accounting", "INV-1")));
        as(alice, () -> ledger.recordPayment("person", lead.id(), new org.rapport.contacts.api.Payment(0, null,
                org.rapport.contacts.api.Payment.Kind.PAYMENT, new java.math.BigDecimal("45000000"), "IRR",
                "accounting", "PAY-1")));
        org.rapport.contacts.api.Attachment kept = as(alice, () -> attachments.add("person", lead.id(),
                "قرارداد.txt", "text/plain", new java.io.ByteArrayInputStream("قرارداد".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8))));
        org.rapport.contacts.api.Attachment lost = as(alice, () -> attachments.add("person", lead.id(),
                "lost.txt", "text/plain", new java.io.ByteArrayInputStream(new byte[] {1, 2})));
        try (var stored = java.nio.file.Files.list(files.resolve("attachments"))) {
            // the second file's bytes vanish from the disk (a restore without the data/ folder)
            java.nio.file.Files.delete(stored.filter(file -> {
                try {
                    return java.nio.file.Files.size(file) == 2;
                } catch (java.io.IOException unreadable) {
                    throw new java.io.UncheckedIOException(unreadable);
                }
            }).findFirst().orElseThrow());
        }
        Caller exporter = caller(alice.userId(), "alice", Set.of("sales"), Set.of(ContactPermissions.PERSON_READ,
                ContactPermissions.PERSON_EXPORT));

        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        as(exporter, () -> {
            privacy.exportArchive(lead.id(), zip);
            return null;
        });
        java.util.Map<String, String> entries = new java.util.TreeMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(zip.toByteArray()))) {
            for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                entries.put(entry.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertEquals(Set.of("README.txt", "consents.json", "history.json", "person.json", "purchases.json",
                "payments.json", "attachments.json", "attachments/" + kept.id() + "-قرارداد.txt"), entries.keySet());
        assertTrue(entries.get("person.json").contains("\"a@example.com\""), entries.get("person.json"));
        assertTrue(entries.get("consents.json").contains("\"PHONE\""), entries.get("consents.json"));
        assertTrue(entries.get("purchases.json").contains("Saffron 1kg"), entries.get("purchases.json"));
        assertTrue(entries.get("payments.json").contains("PAY-1"), entries.get("payments.json"));
        assertTrue(entries.get("attachments.json").contains("lost.txt"), entries.get("attachments.json"));
        assertEquals("قرارداد", entries.get("attachments/" + kept.id() + "-قرارداد.txt"));
        assertTrue(entries.get("README.txt").contains(lost.id() + " lost.txt"), entries.get("README.txt"));
        assertTrue(audit.events.stream().anyMatch(e -> e.contains("PRIVACY_EXPORT")), audit.events.toString());
        assertThrows(ContactAccessException.class, () -> as(alice, () -> {
            privacy.exportArchive(lead.id(), new java.io.ByteArrayOutputStream());
            return null;
        }));
    }

    @Test
    void segmentsSaveAFilterAndShowMembersWithTheAskersAccess() throws Exception {
        SegmentService segments = new SegmentService(persons, clock);
        as(alice, () -> {
            persons.create(new PersonDraft("Vip", "One", null, null, null, null, null, null, Set.of("vip"), null,
                    LifecycleStage.CUSTOMER, null, null, null));
            persons.create(new PersonDraft("Vip", "Lead", null, null, null, null, null, null, Set.of("vip"), null,
                    LifecycleStage.LEAD, null, null, null));
            return null;
        });
        as(bob, () -> persons.create(new PersonDraft("Vip", "OfBob", null, null, null, null, null, null,
                Set.of("vip"), null, LifecycleStage.CUSTOMER, null, null, null)));

        org.rapport.contacts.api.Segment vip = as(alice, () -> segments.create("VIP customers", null,
                LifecycleStage.CUSTOMER, "VIP", true));
        assertEquals(List.of("Vip One"), names(as(alice, () -> segments.members(vip.id(), 10, null))));
        assertEquals(List.of("Vip OfBob"), names(as(bob, () -> segments.members(vip.id(), 10, null))),
            "bob sees only the members he may see");
        org.rapport.contacts.api.Segment mine = as(alice, () -> segments.create("Mine", "vip", null, null, false));
        assertEquals(2, as(alice, () -> segments.list()).size());
        assertEquals(1, as(bob, () -> segments.list()).size());
        assertTrue(as(bob, () -> segments.find(mine.id())).isEmpty());
        assertThrows(ContactAccessException.class, () -> as(bob, () -> {
            segments.delete(vip.id());
            return null;
        }));
        Caller namedAdmin = caller(13, "impostor", Set.of("admin"), ALL);
        assertThrows(ContactAccessException.class, () -> as(namedAdmin, () -> {
            segments.delete(vip.id());
            return null;
        }), "a role's name grants nothing");
        Caller curator = caller(14, "curator", Set.of("marketing"), CustomFieldsContractTest.union(ALL,
                Set.of(ContactPermissions.SEGMENT_MANAGE)));
        as(curator, () -> {
            segments.delete(vip.id());
            return null;
        });
        assertTrue(as(alice, () -> segments.find(vip.id())).isEmpty());
        ApiProblem empty = assertThrows(ApiProblem.class, () -> as(alice, () -> segments.create("Empty", null, null,
                null, false)));
        assertEquals("text", empty.fieldErrors().get(0).field());
        assertThrows(ApiProblem.class, () -> as(alice, () -> segments.create("Mine", "x", null, null, false)));
    }

    @Test
    void duplicatesAreFoundByEmailPhoneAndFoldedName() throws Exception {
        Person ali = as(alice, () -> persons.create(PersonDraft.of("علي", "كريمي", "Ali.K@example.com",
                "+98 912 123 4567")));
        as(alice, () -> persons.create(PersonDraft.of("Sara", "Ahmadi", "sara@example.com", null)));

        List<org.rapport.contacts.api.DuplicateCandidate> byEmail = as(alice, () -> duplicates.candidatesFor(
                PersonDraft.of("X", "Y", "ali.k@EXAMPLE.com", null)));
        assertEquals(List.of(ali.id()), byEmail.stream().map(c -> c.id()).toList());
        assertEquals(Set.of("email"), byEmail.get(0).reasons());
        assertEquals(Set.of("phone"), as(alice, () -> duplicates.candidatesFor(PersonDraft.of("X", "Y", null,
                "۰۹۱۲ ۱۲۳ ۴۵۶۷"))).get(0).reasons());
        org.rapport.contacts.api.DuplicateCandidate byName = as(alice, () -> duplicates.candidatesFor(
                PersonDraft.of("علی", "کریمی", null, null))).get(0);
        assertEquals(Set.of("name"), byName.reasons());
        assertEquals(List.of(), as(alice, () -> duplicates.candidatesFor(PersonDraft.of("Bob", "Karimov", null,
                null))));
        assertEquals(List.of(), as(bob, () -> duplicates.candidatesFor(PersonDraft.of("X", "Y",
                "ali.k@example.com", null))), "bob cannot see alice's person, so it is not proposed");
        assertEquals(List.of(), as(alice, () -> duplicates.candidatesOf(ali.id())));
    }

    @Test
    void mergingUnitesTwoPeopleAndTellsOtherModules() throws Exception {
        Person kept = as(alice, () -> persons.create(new PersonDraft("Ali", "Karimi", List.of(new Email(
                "ali@example.com")), null, null, null, null, null, Set.of("vip"), "fair", LifecycleStage.LEAD, null,
                "first notes", null)));
        Person gone = as(alice, () -> persons.create(new PersonDraft("Ali", "Karimi Jr", List.of(new Email(
                "ALI@example.com"), new Email("ali.work@example.com")), List.of(new org.rapport.contacts.api.Phone(
                        "+98 912 000 0000")), null, null, null, null, Set.of("tehran"), null,
                LifecycleStage.CUSTOMER, null, null, null)));
        as(alice, () -> privacy.recordConsent(gone.id(), ConsentChannel.EMAIL, true, "form"));

        assertThrows(ContactAccessException.class, () -> as(reader, () -> duplicates.merge(kept.id(), kept.version(),
                gone.id(), gone.version(), java.util.Map.of())));
        assertThrows(ContactConflictException.class, () -> as(alice, () -> duplicates.merge(kept.id(),
                kept.version(), gone.id(), gone.version() + 1, java.util.Map.of())));
        Person merged = as(alice, () -> duplicates.merge(kept.id(), kept.version(), gone.id(), gone.version(),
                java.util.Map.of("stage", org.rapport.contacts.api.PersonDuplicates.Side.MERGED)));

        assertEquals("Ali Karimi", merged.displayName());
        assertEquals(LifecycleStage.CUSTOMER, merged.stage());
        assertEquals(List.of("ali@example.com", "ali.work@example.com"), merged.emails().stream()
                .map(Email::address).toList());
        assertEquals("+989120000000", merged.phones().get(0).number());
        assertEquals(Set.of("vip", "tehran"), merged.tags());
        assertEquals("first notes", merged.notes());
        assertTrue(as(alice, () -> persons.find(gone.id())).isEmpty());
        assertEquals(1, as(alice, () -> privacy.consentHistory(kept.id())).size());
        assertEquals(List.of("Ali Karimi"), names(search(alice, "ali.work")));
        assertTrue(persistence.published().stream().anyMatch(e -> e.topic().equals(
                org.rapport.contacts.api.ContactTopics.PERSON_MERGED) && e.payload().contains("\"mergedId\":"
                        + gone.id())), persistence.published().toString());
    }

    @Test
    void purchasesAndPaymentsAreRecordedOnceAndFollowTheRecordsAccess() throws Exception {
        Organization acme = as(alice, () -> organizations.create(OrganizationDraft.named("Acme")));
        org.rapport.contacts.api.Purchase bought = new org.rapport.contacts.api.Purchase(0,
                java.time.Instant.parse("2026-03-20T10:00:00Z"), "Saffron 1kg", new java.math.BigDecimal("3"),
                new java.math.BigDecimal("45000000"), "irr", "accounting", "INV-1405-77");

        org.rapport.contacts.api.Purchase first = as(alice, () -> ledger.recordPurchase("organization", acme.id(),
                bought));
        org.rapport.contacts.api.Purchase again = as(alice, () -> ledger.recordPurchase("organization", acme.id(),
                bought));
        assertEquals(first.id(), again.id(), "the same source and reference is one purchase");
        assertEquals("IRR", first.currency());
        as(alice, () -> ledger.recordPayment("organization", acme.id(), new org.rapport.contacts.api.Payment(0, null,
                org.rapport.contacts.api.Payment.Kind.PAYMENT, new java.math.BigDecimal("45000000"), "IRR",
                "accounting", "PAY-9")));

        assertEquals(1, as(alice, () -> ledger.purchases("organization", acme.id(), 10)).size());
        assertEquals(0, new java.math.BigDecimal("45000000").compareTo(as(alice, () -> ledger.payments(
                "organization", acme.id(), 10)).get(0).amount()));
        ApiProblem bad = assertThrows(ApiProblem.class, () -> as(alice, () -> ledger.recordPurchase("organization",
                acme.id(), new org.rapport.contacts.api.Purchase(0, null, " ", null, new java.math.BigDecimal("-1"),
                        "XXX1", null, null))));
        Set<String> fields = new HashSet<>();
        bad.fieldErrors().forEach(e -> fields.add(e.field()));
        assertEquals(Set.of("product", "amount", "currency"), fields);

        Person lead = as(alice, () -> persons.create(PersonDraft.of("Private", "Buyer", null, null)));
        assertThrows(ContactNotFoundException.class, () -> as(bob, () -> ledger.purchases("person", lead.id(), 10)));
        assertThrows(ContactNotFoundException.class, () -> as(bob, () -> ledger.recordPurchase("person", lead.id(),
                bought)));
    }

    @Test
    void attachmentsAreStoredWithinTheLimitAndFollowTheRecordsAccess() throws Exception {
        Person lead = as(alice, () -> persons.create(PersonDraft.of("With", "Files", null, null)));
        byte[] contract = "قرارداد فروش ۱۴۰۵".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        org.rapport.contacts.api.Attachment stored = as(alice, () -> attachments.add("person", lead.id(),
                "../../etc/قرارداد.txt", "text/plain", new java.io.ByteArrayInputStream(contract)));
        assertEquals("قرارداد.txt", stored.fileName());
        assertEquals(contract.length, stored.sizeBytes());
        assertEquals(List.of(stored), as(alice, () -> attachments.list("person", lead.id())));
        assertEquals(1000, attachments.maxBytes());
        try (java.io.InputStream in = as(alice, () -> attachments.open("person", lead.id(), stored.id()))) {
            assertEquals(new String(contract, java.nio.charset.StandardCharsets.UTF_8),
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }

        ApiProblem tooLarge = assertThrows(ApiProblem.class, () -> as(alice, () -> attachments.add("person",
                lead.id(), "big.bin", null, new java.io.ByteArrayInputStream(new byte[1001]))));
        assertEquals(413, tooLarge.status());
        try (var stream = java.nio.file.Files.list(files.resolve("attachments"))) {
            assertEquals(1, stream.count(), "the refused file is not kept");
        }
        assertThrows(ContactNotFoundException.class, () -> as(bob, () -> attachments.list("person", lead.id())));
        assertThrows(ContactNotFoundException.class, () -> as(alice, () -> attachments.open("person",
                lead.id() + 1, stored.id())));

        as(alice, () -> {
            attachments.delete("person", lead.id(), stored.id());
            return null;
        });
        assertEquals(List.of(), as(alice, () -> attachments.list("person", lead.id())));
        try (var stream = java.nio.file.Files.list(files.resolve("attachments"))) {
            assertEquals(0, stream.count());
        }
    }

    @Test
    void keysetPagesVisitEveryRecordOnceInOrder() throws Exception {
        as(admin, () -> {
            for (int i = 0; i < 23; i++) {
                persons.create(PersonDraft.of("Person", String.format(Locale.ROOT, "N%02d", i % 7), null, null));
            }
            return null;
        });
        for (ContactQuery.Sort sort : ContactQuery.Sort.values()) {
            List<Long> seen = new ArrayList<>();
            ContactQuery query = new ContactQuery(null, null, null, sort, 5, null);
            Page<Person> page;
            do {
                ContactQuery current = query;
                page = as(admin, () -> persons.list(current));
                page.items().forEach(p -> seen.add(p.id()));
                assertEquals(23, page.total());
                query = query.after(page.nextCursor());
            } while (page.nextCursor() != null);
            assertEquals(23, seen.size(), sort + " visited " + seen);
            assertEquals(23, new HashSet<>(seen).size(), sort + " repeated a record: " + seen);
        }
        List<String> names = names(as(admin, () -> persons.list(ContactQuery.first(23))));
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(String::compareTo);
        assertEquals(sorted, names);
    }

    @Test
    void aCommonWordsTotalIsExactUpToTheLimitThenAnEstimate() throws Exception {
        start(5);
        persons.pages.commonWord = 2;
        as(admin, () -> {
            for (int i = 0; i < 8; i++) {
                persons.create(new PersonDraft("Many", "P" + i, null, null, null, null, null, null, null, null,
                        i < 3 ? LifecycleStage.CUSTOMER : LifecycleStage.LEAD, null, null, null, null));
            }
            return persons.create(PersonDraft.of("Other", "Q", null, null));
        });

        Page<Person> many = as(admin, () -> persons.list(ContactQuery.first(3).withText("many")));
        assertTrue(many.totalEstimated());
        assertEquals(6, many.total(), "one past the limit");
        Page<Person> customers = as(admin, () -> persons.list(new ContactQuery("many", LifecycleStage.CUSTOMER, null,
                ContactQuery.Sort.NAME, 2, null)));
        assertFalse(customers.totalEstimated());
        assertEquals(3, customers.total());
        assertEquals(2, customers.items().size());
        Page<Person> one = as(admin, () -> persons.list(ContactQuery.first(3).withText("many p1")));
        assertFalse(one.totalEstimated());
        assertEquals(1, one.total());
        assertEquals(0, as(bob, () -> persons.list(ContactQuery.first(3).withText("many"))).total());
        persons.pages.commonWord = ListPages.COMMON_WORD;
    }

    @Test
    void largeTotalsAreEstimatedAndSaySo() throws Exception {
        start(5);
        List<Person> many = as(admin, () -> {
            List<Person> created = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                created.add(persons.create(PersonDraft.of("Many", "P" + i, null, null)));
            }
            return created;
        });
        Page<Person> all = as(admin, () -> persons.list(ContactQuery.first(3)));
        assertTrue(all.totalEstimated());
        assertTrue(all.total() > 5, "estimate " + all.total());
        Page<Person> few = as(admin, () -> persons.list(ContactQuery.first(3).withText("p1")));
        assertFalse(few.totalEstimated());
        assertEquals(1, few.total());

        as(admin, () -> {
            for (Person gone : many.subList(0, 5)) {
                persons.delete(gone.id(), gone.version());
            }
            return null;
        });
        Page<Person> soonAfter = as(admin, () -> persons.list(ContactQuery.first(3)));
        assertTrue(soonAfter.totalEstimated(), "an estimate is remembered for a while, still flagged as one");
        assertEquals(all.total(), soonAfter.total());
        clock.advance(LargeTotals.REMEMBERED);
        Page<Person> later = as(admin, () -> persons.list(ContactQuery.first(3)));
        assertFalse(later.totalEstimated());
        assertEquals(3, later.total());
    }

    @Test
    void invalidInputNamesEveryBadFieldAndSavesNothing() throws Exception {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> as(alice, () -> persons.create(
                PersonDraft.of(" ", null, "not-an-email", "12"))));
        assertEquals(400, problem.status());
        Set<String> fields = new HashSet<>();
        problem.fieldErrors().forEach(error -> fields.add(error.field()));
        assertEquals(Set.of("lastName", "emails[0].address", "phones[0].number"), fields);
        assertEquals(0, as(admin, () -> persons.list(ContactQuery.first(5))).total());
    }

    @Test
    void staleVersionsAreRefusedWithTheCurrentOne() throws Exception {
        Person lead = as(alice, () -> persons.create(PersonDraft.of("Old", "Name", null, null)));
        Person changed = as(alice, () -> persons.update(lead.id(), lead.version(), PersonDraft.of("New", "Name", null,
                null)));

        ContactConflictException conflict = assertThrows(ContactConflictException.class, () -> as(alice,
                () -> persons.update(lead.id(), lead.version(), PersonDraft.of("Lost", "Update", null, null))));
        assertEquals(changed.version(), conflict.currentVersion());
        assertEquals("New Name", as(alice, () -> persons.find(lead.id()).orElseThrow()).displayName());
    }

    @Test
    void callersWithoutThePermissionAreRefused() throws Exception {
        assertThrows(ContactAccessException.class, () -> as(reader, () -> persons.create(
                PersonDraft.of("No", "Write", null, null))));
        assertThrows(ContactAccessException.class, () -> as(reader, () -> organizations.list(ContactQuery.first(5))));
        assertThrows(IllegalStateException.class, () -> persons.list(ContactQuery.first(5)));
    }

    @Test
    void affiliationsLinkPeopleToOrganizationsTheCallerCanSee() throws Exception {
        Organization acme = as(alice, () -> organizations.create(OrganizationDraft.named("شرکت آکمه")));
        Person cfo = as(alice, () -> persons.create(new PersonDraft("Leila", "Ahmadi", null, null, null, null, null,
                List.of(new Affiliation(acme.id(), null, "CFO")), null, null, null, null, null, null)));

        assertEquals(List.of(new Affiliation(acme.id(), "شرکت آکمه", "CFO")), cfo.affiliations());
        ApiProblem unseen = assertThrows(ApiProblem.class, () -> as(alice, () -> persons.create(new PersonDraft("X",
                "Y", null, null, null, null, null, List.of(new Affiliation(acme.id() + 999, null, null)), null, null,
                null, null, null, null))));
        assertEquals("affiliations[0].organizationId", unseen.fieldErrors().get(0).field());

        as(alice, () -> {
            organizations.delete(acme.id(), acme.version());
            return null;
        });
        assertEquals(List.of(), as(alice, () -> persons.find(cfo.id()).orElseThrow()).affiliations());
    }

    @Test
    void anOrganizationsPeopleAreListedByItAndOnlyIfItCanBeSeen() throws Exception {
        Organization acme = as(alice, () -> organizations.create(OrganizationDraft.named("Acme")));
        Organization other = as(alice, () -> organizations.create(OrganizationDraft.named("Other")));
        for (String name : List.of("Sara", "Reza", "Nomin")) {
            as(alice, () -> persons.create(new PersonDraft(name, "Acme", null, null, null, null, null,
                    List.of(new Affiliation(name.equals("Nomin") ? other.id() : acme.id(), null, "staff")), null,
                    null, null, null, null, null)));
        }
        as(alice, () -> persons.create(PersonDraft.of("Loner", "Nobody", null, null)));

        Page<Person> staff = as(alice, () -> persons.list(ContactQuery.first(10).withOrganization(acme.id())));
        assertEquals(List.of("Reza Acme", "Sara Acme"), names(staff));
        assertEquals(2, staff.total());
        assertEquals(1, as(alice, () -> persons.list(ContactQuery.first(10).withOrganization(other.id())
                .withText("nomin"))).total());
        assertThrows(ContactNotFoundException.class, () -> as(bob, () -> persons.list(ContactQuery.first(10)
                .withOrganization(acme.id()))), "bob may not see alice's private organization");
        assertThrows(ContactNotFoundException.class, () -> as(alice, () -> persons.list(ContactQuery.first(10)
                .withOrganization(other.id() + 999))));
        assertThrows(ApiProblem.class, () -> as(alice, () -> organizations.list(ContactQuery.first(10)
                .withOrganization(acme.id()))));
    }
}
