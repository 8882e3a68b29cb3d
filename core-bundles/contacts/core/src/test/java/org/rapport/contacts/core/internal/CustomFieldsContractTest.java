package org.rapport.contacts.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.api.ContactAccessException;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.ContactQuery;
import org.rapport.contacts.api.CustomFieldDefinition;
import org.rapport.contacts.api.CustomFieldType;
import org.rapport.contacts.api.CustomFilter;
import org.rapport.contacts.api.CustomFilter.Match;
import org.rapport.contacts.api.Money;
import org.rapport.contacts.api.Organization;
import org.rapport.contacts.api.OrganizationDraft;
import org.rapport.contacts.api.Person;
import org.rapport.contacts.api.PersonDraft;
import org.rapport.contacts.api.PersonDuplicates;
import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/** Custom fields defined at runtime: definitions, values of every type, filters, export, retiring, erasure. */
abstract class CustomFieldsContractTest extends ContactsTestBase {

    final Caller fieldAdmin = caller(9, "fatemeh", Set.of("admin"), union(ALL, Set.of(
            ContactPermissions.CUSTOM_FIELD_ADMIN, ContactPermissions.PERSON_EXPORT, ContactPermissions.PERSON_ERASE)));

    @BeforeEach
    void defineFields() throws Exception {
        as(fieldAdmin, () -> {
            customFields.define(CustomFieldDefinition.of("person", "nickname", "Nickname", CustomFieldType.TEXT));
            customFields.define(CustomFieldDefinition.of("person", "shoeSize", "Shoe size", CustomFieldType.NUMBER));
            customFields.define(CustomFieldDefinition.of("person", "birthday", "Birthday", CustomFieldType.DATE));
            customFields.define(CustomFieldDefinition.of("person", "tier", "Tier", CustomFieldType.CHOICE)
                    .withChoices(List.of("gold", "silver", "bronze")));
            customFields.define(CustomFieldDefinition.of("person", "interests", "Interests",
                    CustomFieldType.MULTI_CHOICE).withChoices(List.of("golf", "chess", "tea")));
            customFields.define(CustomFieldDefinition.of("person", "vip", "VIP", CustomFieldType.BOOLEAN));
            customFields.define(CustomFieldDefinition.of("person", "budget", "Budget", CustomFieldType.MONEY)
                    .withShowInList(true));
            return null;
        });
    }

    @Test
    void fieldsAreDefinedInOrderAndDefinitionsAreChecked() throws Exception {
        List<CustomFieldDefinition> defined = as(alice, () -> customFields.definitions("person", false));
        assertEquals(List.of("nickname", "shoeSize", "birthday", "tier", "interests", "vip", "budget"),
                defined.stream().map(CustomFieldDefinition::key).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), defined.stream().map(CustomFieldDefinition::position).toList());
        assertEquals(List.of(), as(alice, () -> customFields.definitions("organization", false)));

        ApiProblem bad = assertThrows(ApiProblem.class, () -> as(fieldAdmin, () -> customFields.define(
                new CustomFieldDefinition("person", "9lives", " ", CustomFieldType.CHOICE, false, List.of(), false, 0,
                        false))));
        assertEquals(Set.of("key", "label", "choices"), fields(bad));
        ApiProblem taken = assertThrows(ApiProblem.class, () -> as(fieldAdmin, () -> customFields.define(
                CustomFieldDefinition.of("person", "vip", "Again", CustomFieldType.TEXT))));
        assertEquals(Set.of("key"), fields(taken));
        ApiProblem retyped = assertThrows(ApiProblem.class, () -> as(fieldAdmin, () -> customFields.change(
                CustomFieldDefinition.of("person", "vip", "VIP", CustomFieldType.TEXT))));
        assertEquals(Set.of("type"), fields(retyped));
        ApiProblem entity = assertThrows(ApiProblem.class, () -> as(fieldAdmin, () -> customFields.define(
                CustomFieldDefinition.of("ticket", "x", "X", CustomFieldType.TEXT))));
        assertEquals(Set.of("entity"), fields(entity));
        assertThrows(ContactAccessException.class, () -> as(alice, () -> customFields.define(
                CustomFieldDefinition.of("person", "mine", "Mine", CustomFieldType.TEXT))));
        assertThrows(ContactAccessException.class, () -> as(alice, () -> customFields.retire("person", "vip")));

        CustomFieldDefinition relabelled = as(fieldAdmin, () -> customFields.change(
                CustomFieldDefinition.of("person", "tier", "Loyalty tier", CustomFieldType.CHOICE)
                        .withChoices(List.of("gold", "silver", "bronze", "platinum")).withRequired(true)));
        assertEquals("Loyalty tier", relabelled.label());
        assertEquals(4, relabelled.position(), "a change without a position keeps the field where it is");
        assertTrue(relabelled.required());
        assertEquals(List.of("gold", "silver", "bronze", "platinum"), relabelled.choices());
    }

    @Test
    void valuesOfEveryTypeAreStoredTypedAndReadBack() throws Exception {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("nickname", "  Ali Baba ");
        given.put("shoeSize", "42.50");
        given.put("birthday", LocalDate.of(1990, 3, 21));
        given.put("tier", "gold");
        given.put("interests", List.of("tea", "golf", "tea"));
        given.put("vip", "yes");
        given.put("budget", Map.of("amount", 1200.5, "currency", "eur"));
        Person ali = as(alice, () -> persons.create(PersonDraft.of("Ali", "Rezaei", null, null).withCustom(given)));

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("nickname", "Ali Baba");
        expected.put("shoeSize", new BigDecimal("42.5"));
        expected.put("birthday", LocalDate.of(1990, 3, 21));
        expected.put("tier", "gold");
        expected.put("interests", List.of("golf", "tea"));
        expected.put("vip", true);
        expected.put("budget", new Money(new BigDecimal("1200.50"), "EUR"));
        assertEquals(expected, ali.custom());
        assertEquals(expected, as(alice, () -> persons.find(ali.id()).orElseThrow()).custom());

        Person unchanged = as(alice, () -> persons.update(ali.id(), ali.version(), PersonDraft.of("Ali", "Rezaei",
                null, null)));
        assertEquals(expected, unchanged.custom(), "a draft without custom values leaves them as they are");
        Person cleared = as(alice, () -> persons.update(ali.id(), unchanged.version(), PersonDraft.of("Ali",
                "Rezaei", null, null).withCustom(Map.of("vip", false))));
        assertEquals(Map.of("vip", false), cleared.custom(), "a map replaces the values: missing keys are cleared");
    }

    @Test
    void everyBadValueIsAFieldErrorNamedAfterItsField() throws Exception {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("nickname", "x".repeat(CustomFieldDefinition.MAX_TEXT + 1));
        given.put("shoeSize", "forty");
        given.put("birthday", "21/03/1990");
        given.put("tier", "diamond");
        given.put("interests", List.of("golf", "poker"));
        given.put("vip", "maybe");
        given.put("budget", Map.of("amount", "10", "currency", "XYZ"));
        given.put("unknown", "value");
        ApiProblem refused = assertThrows(ApiProblem.class, () -> as(alice, () -> persons.create(
                PersonDraft.of("Bad", "Values", null, null).withCustom(given))));

        assertEquals(Set.of("custom.nickname", "custom.shoeSize", "custom.birthday", "custom.tier", "custom.interests",
                "custom.vip", "custom.budget", "custom.unknown"), fields(refused));
        assertTrue(message(refused, "custom.tier").contains("'diamond' is not one of gold, silver, bronze"),
                message(refused, "custom.tier"));
        assertTrue(message(refused, "custom.budget").contains("ISO 4217"), message(refused, "custom.budget"));
        assertEquals(0, as(alice, () -> persons.list(ContactQuery.first(10))).total(), "nothing is saved");

        as(fieldAdmin, () -> customFields.change(as(fieldAdmin, () -> customFields.definition("person", "tier"))
                .orElseThrow().withRequired(true)));
        ApiProblem missing = assertThrows(ApiProblem.class, () -> as(alice, () -> persons.create(
                PersonDraft.of("No", "Tier", null, null))));
        assertEquals(Set.of("custom.tier"), fields(missing));
        assertEquals("required", message(missing, "custom.tier"));
    }

    @Test
    void listsAreFilteredByCustomValuesInsideTheCallersScope() throws Exception {
        person(alice, "Gold", "One", Map.of("tier", "gold", "shoeSize", 40, "vip", true, "interests",
                List.of("golf"), "birthday", "1980-01-01", "budget", "100 EUR"));
        person(alice, "Gold", "Two", Map.of("tier", "gold", "shoeSize", 44, "vip", false, "interests",
                List.of("chess", "tea"), "birthday", "1995-06-30", "budget", "900 EUR"));
        person(alice, "Silver", "Three", Map.of("tier", "silver", "shoeSize", 38.5, "interests", List.of("tea"),
                "budget", "500 USD"));
        person(bob, "Gold", "Bobs", Map.of("tier", "gold", "shoeSize", 41));

        assertEquals(List.of("Gold One", "Gold Two"), filtered(alice, new CustomFilter("tier", Match.EQUALS, "gold")));
        assertEquals(List.of("Gold One"), filtered(alice, new CustomFilter("vip", Match.EQUALS, "true")));
        assertEquals(List.of("Silver Three", "Gold Two"), filtered(alice, new CustomFilter("interests", Match.ANY_OF,
                List.of("tea", "chess"))));
        assertEquals(List.of("Gold Two"), filtered(alice, new CustomFilter("interests", Match.EQUALS, "chess")));
        assertEquals(List.of("Gold One", "Silver Three"), filtered(alice, new CustomFilter("shoeSize", Match.MAX,
                "40")));
        assertEquals(List.of("Gold Two"), filtered(alice, new CustomFilter("shoeSize", Match.MIN, "40.01"),
                new CustomFilter("tier", Match.EQUALS, "gold")));
        assertEquals(List.of("Gold Two"), filtered(alice, new CustomFilter("birthday", Match.MIN, "1990-01-01")));
        assertEquals(List.of("Silver Three", "Gold Two"), filtered(alice, new CustomFilter("budget", Match.MIN,
                "500")));
        assertEquals(List.of("Gold Two"), filtered(alice, new CustomFilter("budget", Match.MIN, "500 EUR")));
        assertEquals(List.of("Gold Bobs"), filtered(bob, new CustomFilter("tier", Match.EQUALS, "gold")),
                "bob finds only what he may see");

        ContactQuery firstPage = new ContactQuery(null, null, null, ContactQuery.Sort.NAME, 1, null,
                List.of(new CustomFilter("tier", Match.EQUALS, "gold")));
        var page = as(alice, () -> persons.list(firstPage));
        assertEquals(2, page.total());
        assertEquals(List.of("Gold Two"), names(as(alice, () -> persons.list(firstPage.after(page.nextCursor())))));

        ApiProblem unknown = assertThrows(ApiProblem.class, () -> filtered(alice,
                new CustomFilter("colour", Match.EQUALS, "red")));
        assertEquals(Set.of("custom.colour"), fields(unknown));
        ApiProblem notANumber = assertThrows(ApiProblem.class, () -> filtered(alice,
                new CustomFilter("shoeSize", Match.MIN, "big")));
        assertEquals(Set.of("custom.shoeSize"), fields(notANumber));
        ApiProblem notAChoice = assertThrows(ApiProblem.class, () -> filtered(alice,
                new CustomFilter("tier", Match.EQUALS, "diamond")));
        assertEquals(Set.of("custom.tier"), fields(notAChoice));
    }

    @Test
    void segmentsKeepConditionsOnCustomFieldsAndRefuseOnesTheListWouldRefuse() throws Exception {
        person(alice, "Gold", "One", Map.of("tier", "gold", "shoeSize", 40, "interests", List.of("golf")));
        person(alice, "Gold", "Two", Map.of("tier", "gold", "shoeSize", 44, "interests", List.of("chess", "tea")));
        person(alice, "Silver", "Three", Map.of("tier", "silver", "shoeSize", 45, "interests", List.of("tea")));
        SegmentService segments = new SegmentService(persons, clock);

        org.rapport.contacts.api.Segment bigFeet = as(alice, () -> segments.create("Big feet", null, null, null,
                List.of(new CustomFilter("shoeSize", Match.MIN, 41), new CustomFilter("interests", Match.ANY_OF,
                        List.of("tea", "golf"))), false));
        org.rapport.contacts.api.Segment stored = as(alice, () -> segments.find(bigFeet.id())).orElseThrow();
        assertEquals(List.of(new CustomFilter("shoeSize", Match.MIN, "41"), new CustomFilter("interests",
                Match.ANY_OF, List.of("tea", "golf"))), stored.custom(), "read back as text, lists as lists");
        assertEquals(List.of("Silver Three", "Gold Two"), names(as(alice, () -> segments.members(bigFeet.id(), 10,
                null))));

        ApiProblem unknown = assertThrows(ApiProblem.class, () -> as(alice, () -> segments.create("Colour", null,
                null, null, List.of(new CustomFilter("colour", Match.EQUALS, "red")), false)));
        assertEquals(Set.of("custom.colour"), fields(unknown));
        ApiProblem notANumber = assertThrows(ApiProblem.class, () -> as(alice, () -> segments.create("Size", null,
                null, null, List.of(new CustomFilter("shoeSize", Match.MIN, "big")), false)));
        assertEquals(Set.of("custom.shoeSize"), fields(notANumber));
        ApiProblem noMatch = assertThrows(ApiProblem.class, () -> as(alice, () -> segments.create("Half", null,
                null, null, java.util.Arrays.asList(new CustomFilter("tier", null, "gold")), false)));
        assertEquals(Set.of("custom"), fields(noMatch));
        assertEquals(1, as(alice, () -> segments.list()).size(), "no refused segment was saved");
    }

    @Test
    void exportHasAColumnPerActiveFieldAndKeepsTheFilter() throws Exception {
        person(alice, "Export", "Gold", Map.of("tier", "gold", "interests", List.of("golf", "tea"), "budget",
                "12.5 EUR"));
        person(alice, "Export", "Silver", Map.of("tier", "silver"));
        Caller exporter = caller(alice.userId(), "alice", Set.of("sales"), Set.of(ContactPermissions.PERSON_READ,
                ContactPermissions.PERSON_EXPORT));

        StringWriter out = new StringWriter();
        long written = as(exporter, () -> persons.exportCsv(ContactQuery.first(10).withCustom(List.of(
                new CustomFilter("tier", Match.EQUALS, "gold"))), out));

        assertEquals(1, written);
        List<String> lines = List.of(out.toString().strip().split("\n"));
        assertTrue(lines.get(0).endsWith("\"custom.nickname\",\"custom.shoeSize\",\"custom.birthday\",\"custom.tier\","
                + "\"custom.interests\",\"custom.vip\",\"custom.budget\""), lines.get(0));
        assertTrue(lines.get(1).endsWith("\"\",\"\",\"\",\"gold\",\"golf;tea\",\"\",\"12.50 EUR\""), lines.get(1));
    }

    @Test
    void aRetiredFieldIsHiddenEverywhereAndComesBackWithItsValues() throws Exception {
        Person ali = person(alice, "Ali", "Retired", Map.of("tier", "gold", "vip", true));
        as(fieldAdmin, () -> customFields.retire("person", "tier"));

        Person seen = as(alice, () -> persons.find(ali.id()).orElseThrow());
        assertEquals(Map.of("vip", true), seen.custom());
        assertFalse(as(alice, () -> customFields.definitions("person", false)).stream()
                .anyMatch(f -> f.key().equals("tier")));
        assertTrue(as(alice, () -> customFields.definitions("person", true)).stream()
                .anyMatch(f -> f.key().equals("tier") && f.retired()));
        assertThrows(ApiProblem.class, () -> filtered(alice, new CustomFilter("tier", Match.EQUALS, "gold")));
        StringWriter out = new StringWriter();
        as(fieldAdmin, () -> persons.exportCsv(ContactQuery.first(10), out));
        assertFalse(out.toString().contains("custom.tier"), out.toString());
        ApiProblem retiredValue = assertThrows(ApiProblem.class, () -> as(alice, () -> persons.update(ali.id(),
                seen.version(), PersonDraft.of("Ali", "Retired", null, null).withCustom(Map.of("tier", "silver")))));
        assertEquals(Set.of("custom.tier"), fields(retiredValue));
        Person changed = as(alice, () -> persons.update(ali.id(), seen.version(), PersonDraft.of("Ali", "Retired",
                null, null).withCustom(Map.of("vip", false))));

        as(fieldAdmin, () -> customFields.restore("person", "tier"));
        assertEquals(Map.of("tier", "gold", "vip", false), as(alice, () -> persons.find(ali.id()).orElseThrow())
                .custom(), "saving while the field was retired kept its value");
        assertEquals(List.of("Ali Retired"), filtered(alice, new CustomFilter("tier", Match.EQUALS, "gold")));
        assertEquals(changed.version() , as(alice, () -> persons.find(ali.id()).orElseThrow()).version());
    }

    @Test
    void aValueOfARemovedChoiceStaysAndDoesNotBlockSavingTheRecord() throws Exception {
        Person ali = person(alice, "Ali", "Bronze", Map.of("tier", "bronze"));
        as(fieldAdmin, () -> customFields.change(as(fieldAdmin, () -> customFields.definition("person", "tier"))
                .orElseThrow().withChoices(List.of("gold", "silver"))));

        Person seen = as(alice, () -> persons.find(ali.id()).orElseThrow());
        assertEquals("bronze", seen.custom().get("tier"));
        Person saved = as(alice, () -> persons.update(ali.id(), seen.version(), PersonDraft.of("Ali", "Bronze",
                "ali@example.com", null).withCustom(seen.custom())));
        assertEquals(Map.of("tier", "bronze"), saved.custom());
        ApiProblem newlyChosen = assertThrows(ApiProblem.class, () -> as(alice, () -> persons.create(
                PersonDraft.of("Other", "Bronze", null, null).withCustom(Map.of("tier", "bronze")))));
        assertEquals(Set.of("custom.tier"), fields(newlyChosen));
    }

    @Test
    void hiddenCustomFieldsAreLeftOutAndCannotBeFilteredOn() throws Exception {
        Person ali = person(alice, "Ali", "Hidden", Map.of("tier", "gold", "vip", true));
        as(alice, () -> {
            persons.share(ali.id(), new org.rapport.contacts.api.Share(bob.userId(), null,
                    org.rapport.platform.api.access.ShareLevel.READ_WRITE));
            return null;
        });
        access.rule("bob", ContactPermissions.PERSON_TYPE, "custom.tier", FieldRule.HIDDEN);

        Person seen = as(bob, () -> persons.find(ali.id()).orElseThrow());
        assertEquals(Map.of("vip", true), seen.custom());
        assertTrue(seen.hiddenFields().contains("custom.tier"));
        assertThrows(ApiProblem.class, () -> filtered(bob, new CustomFilter("tier", Match.EQUALS, "gold")));
        as(bob, () -> persons.update(ali.id(), seen.version(), PersonDraft.of("Ali", "Hidden", null, null)
                .withCustom(Map.of("vip", false))));
        assertEquals(Map.of("tier", "gold", "vip", false), as(alice, () -> persons.find(ali.id()).orElseThrow())
                .custom(), "what bob could not see stays");
    }

    @Test
    void erasureClearsCustomValuesAndTheArchiveHoldsThem() throws Exception {
        Person ali = person(fieldAdmin, "Ali", "Erased", Map.of("nickname", "Secret name", "tier", "gold"));
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        as(fieldAdmin, () -> {
            privacy.exportArchive(ali.id(), zip);
            return null;
        });
        assertTrue(zipText(zip.toByteArray()).contains("Secret name"));

        as(fieldAdmin, () -> {
            privacy.erase(ali.id(), ali.version());
            return null;
        });

        assertEquals(Map.of(), as(fieldAdmin, () -> persons.find(ali.id()).orElseThrow()).custom());
        assertEquals(List.of(), filtered(fieldAdmin, new CustomFilter("tier", Match.EQUALS, "gold")));
    }

    @Test
    void aMergeKeepsTheSurvivorsValuesAndTakesTheMissingOnes() throws Exception {
        Person kept = person(alice, "Sara", "Ahmadi", Map.of("tier", "gold"));
        Person gone = person(alice, "Sara", "Ahmadi", Map.of("tier", "silver", "vip", true, "nickname", "Sari"));

        Person merged = as(alice, () -> duplicates.merge(kept.id(), kept.version(), gone.id(), gone.version(),
                Map.of("custom.nickname", PersonDuplicates.Side.SURVIVOR)));

        assertEquals(Map.of("tier", "gold", "vip", true, "nickname", "Sari"), merged.custom());
        assertEquals(List.of("Sara Ahmadi"), filtered(alice, new CustomFilter("vip", Match.EQUALS, true)));
    }

    @Test
    void importRowsFillCustomColumnsAsTextAndKeepTheOthers() throws Exception {
        RowImporter rows = new RowImporter(persons, organizations);
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("email", "row@example.com");
        cells.put("lastName", "Imported");
        cells.put("custom.tier", "silver");
        cells.put("custom.interests", "tea;golf");
        cells.put("custom.budget", "99.9 USD");
        as(alice, () -> persistence.inTransaction(tx -> rows.apply(tx, alice, "person", "email",
                new ImportRow(2, cells, "row"), rows.lookups())));
        as(alice, () -> persistence.inTransaction(tx -> rows.apply(tx, alice, "person", "email",
                new ImportRow(3, Map.of("email", "row@example.com", "custom.vip", "yes"), "row"), rows.lookups())));

        Person imported = as(alice, () -> persons.list(ContactQuery.first(5))).items().get(0);
        assertEquals(Map.of("tier", "silver", "interests", List.of("golf", "tea"), "budget",
                new Money(new BigDecimal("99.90"), "USD"), "vip", true), imported.custom());
        ApiProblem refused = assertThrows(ApiProblem.class, () -> as(alice, () -> persistence.inTransaction(
                tx -> rows.apply(tx, alice, "person", "email", new ImportRow(4, Map.of("email", "other@example.com",
                        "lastName", "Bad", "custom.shoeSize", "huge"), "row"), rows.lookups()))));
        assertEquals(Set.of("custom.shoeSize"), fields(refused));
    }

    @Test
    void organizationsHaveTheirOwnFields() throws Exception {
        as(fieldAdmin, () -> customFields.define(CustomFieldDefinition.of("organization", "employees", "Employees",
                CustomFieldType.NUMBER)));
        Organization acme = as(alice, () -> organizations.create(OrganizationDraft.named("Acme")
                .withCustom(Map.of("employees", 250))));
        assertEquals(Map.of("employees", new BigDecimal("250")), acme.custom());
        ApiProblem personField = assertThrows(ApiProblem.class, () -> as(alice, () -> organizations.create(
                OrganizationDraft.named("Other").withCustom(Map.of("tier", "gold")))));
        assertEquals(Set.of("custom.tier"), fields(personField));
        assertEquals(1, as(alice, () -> organizations.list(ContactQuery.first(10).withCustom(List.of(
                new CustomFilter("employees", Match.MIN, 100))))).total());
    }

    Person person(Caller caller, String first, String last, Map<String, Object> custom) throws Exception {
        return as(caller, () -> persons.create(PersonDraft.of(first, last, null, null).withCustom(custom)));
    }

    List<String> filtered(Caller caller, CustomFilter... filters) throws Exception {
        return names(as(caller, () -> persons.list(ContactQuery.first(50).withCustom(List.of(filters)))));
    }

    @Test
    void theRecordTypesListTheActiveCustomFieldsForFieldRules() throws Exception {
        org.rapport.platform.api.access.RecordType people = new ContactRecordTypes.PersonType(customFields);
        org.rapport.platform.api.access.RecordType organizations = new ContactRecordTypes.OrganizationType(customFields);
        // Read without a caller, as the shell's sharing command does.
        List<org.rapport.platform.api.access.RecordType.Field> fields = people.fields();
        assertEquals(PersonStore.FIELDS, fields.subList(0, PersonStore.FIELDS.size()).stream()
                .map(org.rapport.platform.api.access.RecordType.Field::name).toList(), "built-in fields first");
        List<org.rapport.platform.api.access.RecordType.Field> custom = fields.subList(PersonStore.FIELDS.size(),
                fields.size());
        assertEquals(List.of("custom.nickname", "custom.shoeSize", "custom.birthday", "custom.tier",
                "custom.interests", "custom.vip", "custom.budget"), custom.stream()
                .map(org.rapport.platform.api.access.RecordType.Field::name).toList());
        assertEquals("Shoe size", custom.get(1).label());
        assertNull(custom.get(1).titleKey(), "an admin's label, not a message key");
        assertEquals("Shoe size", custom.get(1).title(key -> "translated " + key));
        assertEquals("translated contacts.person.field.leadSource", fields.stream()
                .filter(field -> field.name().equals("leadSource")).findFirst().orElseThrow()
                .title(key -> "translated " + key));
        int builtIn = OrganizationStore.FIELDS.size();
        assertEquals(builtIn, organizations.fields().size(), "organizations have no custom fields yet");

        as(fieldAdmin, () -> customFields.retire("person", "tier"));
        as(fieldAdmin, () -> customFields.define(CustomFieldDefinition.of("organization", "employees", "Employees",
                CustomFieldType.NUMBER)));
        assertFalse(people.fields().stream().anyMatch(field -> field.name().equals("custom.tier")),
                "a retired field leaves the list at once");
        assertEquals("custom.employees", organizations.fields().get(builtIn).name(), "a new one joins it at once");
        as(fieldAdmin, () -> customFields.restore("person", "tier"));
        assertTrue(people.fields().stream().anyMatch(field -> field.name().equals("custom.tier")));
    }

    static Set<String> fields(ApiProblem problem) {
        Set<String> fields = new HashSet<>();
        problem.fieldErrors().forEach(error -> fields.add(error.field()));
        return fields;
    }

    static String message(ApiProblem problem, String field) {
        return problem.fieldErrors().stream().filter(e -> e.field().equals(field)).map(FieldError::message)
                .findFirst().orElse(null);
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    static String zipText(byte[] zip) throws Exception {
        StringBuilder text = new StringBuilder();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) {
                text.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }
}
