package org.rapport.contacts.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapport.contacts.api.Affiliation;
import org.rapport.contacts.api.CustomFieldDefinition;
import org.rapport.contacts.api.CustomFieldType;
import org.rapport.contacts.api.Email;
import org.rapport.contacts.api.LifecycleStage;
import org.rapport.contacts.api.Owner;
import org.rapport.contacts.api.PersonLists;
import org.rapport.contacts.api.PersonDuplicates.Side;
import org.rapport.contacts.api.Phone;
import org.rapport.contacts.api.PostalAddress;
import org.rapport.contacts.api.SocialHandle;

class MergePlanTest {

    private static final CustomFieldDefinition BUDGET = CustomFieldDefinition.of("person", "budget", "Budget",
            CustomFieldType.NUMBER);
    private static final CustomFieldDefinition REGION = CustomFieldDefinition.of("person", "region", "Region",
            CustomFieldType.TEXT);

    private static Contact person(long id, String first, String last, List<Email> emails, List<Phone> phones,
            String leadSource, LifecycleStage stage, Owner owner, String notes, Set<String> tags,
            List<Affiliation> affiliations, Set<String> hidden, Set<String> readOnly, Map<String, Object> custom) {
        return new Contact(id, 1, first + " " + last, first, last, null, null, emails, phones,
                List.of(new PostalAddress("home", "Valiasr 1", "Tehran", null, null, "IR")),
                List.of(new SocialHandle("x", "@" + first)), null, affiliations, tags, leadSource, stage, owner, notes,
                null, Instant.EPOCH, Instant.EPOCH, hidden, readOnly, custom, null);
    }

    private final Contact survivor = person(1, "Ali", "Karimi", List.of(new Email("ali@example.ir", "work")),
            List.of(new Phone("+989121112233", null)), "Expo", LifecycleStage.LEAD, Owner.user(2), "", Set.of("vip"),
            List.of(new Affiliation(10, "Kavir", "Buyer")), Set.of(), Set.of(), Map.of("budget", new BigDecimal("5")));
    private final Contact merged = person(2, "Ali", "Karimy", List.of(new Email("ALI@example.ir", null),
            new Email("a.karimi@example.com", null)), List.of(new Phone("+989121112233", "mobile"),
                    new Phone("+982188776655", null)), "Expo", LifecycleStage.CUSTOMER, Owner.user(2), "Met in Tabriz",
            Set.of("tehran", "vip"), List.of(new Affiliation(10, "Kavir", "Owner"), new Affiliation(11, "Pars", null)),
            Set.of(), Set.of(), Map.of("budget", new BigDecimal("5"), "region", "North"));

    @Test
    void onlyFieldsThatDifferAreOfferedInThePagesOrderCustomFieldsLast() {
        List<MergePlan.Row> rows = MergePlan.differing(survivor, merged, List.of(BUDGET, REGION));
        assertEquals(List.of("lastName", "stage", "notes", "custom.region"),
                rows.stream().map(MergePlan.Row::field).toList());
        MergePlan.Row notes = rows.get(2);
        assertEquals(null, notes.survivorValue(), "a blank note is no value");
        assertEquals("Met in Tabriz", notes.mergedValue());
        MergePlan.Row region = rows.get(3);
        assertEquals(REGION, region.custom());
        assertEquals(null, region.survivorValue());
        assertEquals("North", region.mergedValue());
    }

    @Test
    void hiddenFieldsAreNotOfferedAndReadOnlyOnesKeepTheSurvivorsValue() {
        Contact hiddenNotes = person(1, "Ali", "Karimi", List.of(), List.of(), "Expo", LifecycleStage.LEAD, null, null,
                Set.of(), List.of(), Set.of("notes"), Set.of("stage"), Map.of());
        Contact other = person(2, "Ali", "Karimi", List.of(), List.of(), "Expo", LifecycleStage.CUSTOMER, null, null,
                Set.of(), List.of(), Set.of("notes"), Set.of("stage"), Map.of());
        List<MergePlan.Row> rows = MergePlan.differing(hiddenNotes, other, List.of());
        assertEquals(List.of("stage"), rows.stream().map(MergePlan.Row::field).toList());
        assertTrue(rows.get(0).locked());
        assertEquals(Map.of("stage", Side.SURVIVOR), MergePlan.choices(rows, Map.of("stage", Side.MERGED)));
    }

    @Test
    void everyShownFieldIsSentTheSurvivorsSideUnlessChosenAndSwappingKeepsThePickedValues() {
        List<MergePlan.Row> rows = MergePlan.differing(survivor, merged, List.of(BUDGET, REGION));
        Map<String, Side> choices = MergePlan.choices(rows, Map.of("notes", Side.MERGED, "website", Side.MERGED));
        assertEquals(Map.of("lastName", Side.SURVIVOR, "stage", Side.SURVIVOR, "notes", Side.MERGED,
                "custom.region", Side.SURVIVOR), choices, "only shown fields are sent");
        assertEquals(Map.of("lastName", Side.MERGED, "stage", Side.MERGED, "notes", Side.SURVIVOR,
                "custom.region", Side.MERGED), MergePlan.swapped(choices));
    }

    @Test
    void listsAreUnitedAsTheContactsModuleUnitesThem() {
        PersonLists united = MergePlan.united(survivor, merged);
        assertEquals(List.of(new Email("ali@example.ir", "work"), new Email("a.karimi@example.com", null)),
                united.emails(), "the same address in another case is one email");
        assertEquals(List.of(new Phone("+989121112233", null), new Phone("+982188776655", null)), united.phones());
        assertEquals(List.of(new Affiliation(10, "Kavir", "Buyer"), new Affiliation(11, "Pars", null)),
                united.affiliations(), "an organization both belong to keeps the survivor's role");
        assertEquals(Set.of("tehran", "vip"), united.tags());
        assertEquals(1, united.addresses().size(), "equal addresses are one");
        assertEquals(List.of(new SocialHandle("x", "@Ali")), united.socialHandles());
    }

    @Test
    void aMergeEntryOfTheAuditTrailNamesTheMergedPerson() {
        assertEquals(java.util.Optional.of(42L), AuditValues.mergedPerson("person 42 merged into it"));
        assertEquals(java.util.Optional.empty(), AuditValues.mergedPerson("something else"));
        assertEquals(java.util.Optional.empty(), AuditValues.mergedPerson(null));
    }
}
