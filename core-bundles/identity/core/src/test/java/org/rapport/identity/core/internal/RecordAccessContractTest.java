package org.rapport.identity.core.internal;

import org.rapport.platform.testing.ModuleTestPersistence;

import org.rapport.platform.testing.ModuleTestDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.identity.api.NewRole;
import org.rapport.identity.api.NewUser;
import org.rapport.identity.api.RoleAdmin;
import org.rapport.identity.api.UserView;
import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.access.OrgWideDefault;
import org.rapport.platform.api.access.RecordScope;
import org.rapport.platform.api.access.RecordType;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.Channel;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.testing.TestClock;

/** Record scopes, org-wide defaults and field rules computed from a real database; run on H2 and on MariaDB. */
abstract class RecordAccessContractTest {

    static final String PERSON = "contacts.person";
    static final String NOTE = "sample.note";

    ModuleTestDatabase database;
    ModuleTestPersistence persistence;
    UserAdminService users;
    RoleAdminService roles;
    TeamAdminService teams;
    RecordTypeCatalog catalog;
    RecordAccessService access;
    SharingAdminService sharing;

    abstract ModuleTestDatabase openDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        database = openDatabase();
        persistence = database.persistence();
        TestClock clock = new TestClock();
        users = new UserAdminService(persistence, new PasswordHasher(1_000), clock);
        roles = new RoleAdminService(persistence);
        teams = new TeamAdminService(persistence);
        catalog = new RecordTypeCatalog();
        catalog.addRecordType(type(PERSON, OrgWideDefault.PRIVATE, "name", "salary", "birthDate"));
        catalog.addRecordType(type(NOTE, OrgWideDefault.PUBLIC_READ, "text"));
        access = new RecordAccessService(persistence, catalog);
        sharing = new SharingAdminService(persistence, catalog);
        // director > manager > sales: a manager sees what sales sees.
        roles.create(new NewRole("director", null, null));
        roles.create(new NewRole("manager", null, "director"));
        roles.create(new NewRole("sales", null, "manager"));
        roles.create(new NewRole("support", null, null));
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    static RecordType type(String id, OrgWideDefault initial, String... fields) {
        return type(id, initial, () -> java.util.Arrays.stream(fields)
                .map(name -> new RecordType.Field(name, id + ".field." + name)).toList());
    }

    /** A type whose fields are read when asked, as a module with runtime-defined fields lists them. */
    static RecordType type(String id, OrgWideDefault initial, java.util.function.Supplier<List<RecordType.Field>> fields) {
        return new RecordType() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String module() {
                return id.substring(0, id.indexOf('.'));
            }

            @Override
            public String titleKey() {
                return id + ".title";
            }

            @Override
            public OrgWideDefault initialDefault() {
                return initial;
            }

            @Override
            public List<Field> fields() {
                return fields.get();
            }
        };
    }

    Caller caller(String username, String... roleNames) {
        UserView user = users.create(new NewUser(username, null, null, null, null, null, "long enough password",
                List.of(roleNames)));
        // What a request would carry; access reads the roles from the database, not from here.
        return new Caller(user.id(), username, null, null, Set.of(roleNames), Set.of(), Channel.REST);
    }

    // --- record scopes

    @Test
    void aManagerSeesWhatPeopleBelowOwnButPeersDoNotSeeEachOther() {
        Caller dan = caller("dan", "director");
        Caller mia = caller("mia", "manager");
        Caller sam = caller("sam", "sales");
        Caller sue = caller("sue", "sales");
        Caller tom = caller("tom", "support");

        RecordScope ofSam = access.readScope(sam, PERSON);
        assertFalse(ofSam.everything());
        assertEquals(Set.of(sam.userId()), ofSam.ownerUserIds(), "peers in one role do not see each other's records");
        assertFalse(ofSam.ownsOrInherits(sue.userId(), null));
        assertEquals(Set.of(mia.userId(), sam.userId(), sue.userId()), access.readScope(mia, PERSON).ownerUserIds());
        assertEquals(Set.of(dan.userId(), mia.userId(), sam.userId(), sue.userId()),
                access.readScope(dan, PERSON).ownerUserIds());
        assertEquals(Set.of(tom.userId()), access.readScope(tom, PERSON).ownerUserIds(), "another branch");
        assertEquals(access.readScope(mia, PERSON), access.writeScope(mia, PERSON), "private: write as read");
        assertEquals(sam.userId(), ofSam.userId());
    }

    @Test
    void aPromotionCountsAtOnce() {
        Caller mia = caller("mia", "sales");
        Caller sam = caller("sam", "sales");
        assertFalse(access.readScope(mia, PERSON).ownerUserIds().contains(sam.userId()));
        users.assignRoles(mia.userId(), List.of("manager"));
        assertTrue(access.readScope(mia, PERSON).ownerUserIds().contains(sam.userId()),
                "roles are read from the database, not from the caller object");
    }

    @Test
    void recordsOfTheCallersTeamsAreInScope() {
        Caller sam = caller("sam", "sales");
        caller("sue", "sales");
        long north = teams.create("north").id();
        long south = teams.create("south").id();
        teams.addMember("north", "sam");
        teams.addMember("south", "sue");
        RecordScope scope = access.readScope(sam, PERSON);
        assertEquals(Set.of(north), scope.teamIds());
        assertTrue(scope.ownsOrInherits(null, north));
        assertFalse(scope.ownsOrInherits(null, south));
        teams.removeMember("north", "sam");
        assertEquals(Set.of(), access.readScope(sam, PERSON).teamIds());
    }

    @Test
    void orgWideDefaultsOpenReadingOrBoth() {
        Caller sam = caller("sam", "sales");
        assertEquals(OrgWideDefault.PUBLIC_READ, access.orgWideDefault(NOTE), "the module's initial default");
        assertTrue(access.readScope(sam, NOTE).everything());
        assertFalse(access.writeScope(sam, NOTE).everything(), "public read: changes follow the private rules");
        assertEquals(Set.of(sam.userId()), access.writeScope(sam, NOTE).ownerUserIds());

        sharing.setOrgWideDefault(NOTE, OrgWideDefault.PUBLIC_READ_WRITE);
        assertEquals(OrgWideDefault.PUBLIC_READ_WRITE, access.orgWideDefault(NOTE));
        assertTrue(access.readScope(sam, NOTE).everything());
        assertTrue(access.writeScope(sam, NOTE).everything());

        sharing.setOrgWideDefault(NOTE, OrgWideDefault.PRIVATE);
        assertFalse(access.readScope(sam, NOTE).everything());
        assertFalse(access.writeScope(sam, NOTE).everything());
        assertEquals(OrgWideDefault.PRIVATE, sharing.recordTypes().stream().filter(t -> t.id().equals(NOTE))
                .findFirst().orElseThrow().orgWideDefault());
        assertEquals(OrgWideDefault.PUBLIC_READ, sharing.recordTypes().stream().filter(t -> t.id().equals(NOTE))
                .findFirst().orElseThrow().initialDefault());
    }

    @Test
    void aStoredDefaultOutlivesItsModuleAndAnUnknownTypeIsPrivate() {
        Caller sam = caller("sam", "sales");
        sharing.setOrgWideDefault(NOTE, OrgWideDefault.PUBLIC_READ_WRITE);
        catalog.all().stream().filter(t -> t.id().equals(NOTE)).findFirst().ifPresent(catalog::removeRecordType);
        assertEquals(OrgWideDefault.PUBLIC_READ_WRITE, access.orgWideDefault(NOTE), "kept while uninstalled");
        assertTrue(access.writeScope(sam, NOTE).everything());

        assertEquals(OrgWideDefault.PRIVATE, access.orgWideDefault("tickets.ticket"));
        RecordScope unknown = access.readScope(sam, "tickets.ticket");
        assertFalse(unknown.everything(), "fail closed");
        assertEquals(Set.of(sam.userId()), unknown.ownerUserIds());
        assertEquals(404, assertThrows(ApiProblem.class,
                () -> sharing.setOrgWideDefault("tickets.ticket", OrgWideDefault.PUBLIC_READ)).status());
    }

    @Test
    void theAdminReachesEverythingWithoutFieldRules() {
        persistence.inTransaction(tx -> {
            tx.entityManager().persist(new RoleEntity(RoleAdmin.ADMIN_ROLE, "Administrator", null, true));
            return null;
        });
        sharing.setFieldRules("sales", PERSON, Map.of("salary", FieldRule.HIDDEN));
        Caller root = caller("root", "admin", "sales");
        assertTrue(access.readScope(root, PERSON).everything());
        assertTrue(access.writeScope(root, PERSON).everything());
        assertEquals(Map.of(), access.fieldRules(root, PERSON));
        assertEquals(400, assertThrows(ApiProblem.class,
                () -> sharing.setFieldRules("admin", PERSON, Map.of("salary", FieldRule.HIDDEN))).status());
    }

    // --- field rules

    @Test
    void theLoosestRuleOverTheCallersRolesWins() {
        sharing.setFieldRules("sales", PERSON, Map.of("salary", FieldRule.HIDDEN, "birthDate", FieldRule.HIDDEN,
                "name", FieldRule.READ_ONLY));
        sharing.setFieldRules("support", PERSON, Map.of("salary", FieldRule.READ_ONLY, "name", FieldRule.READ_ONLY));
        Caller sam = caller("sam", "sales");
        Caller both = caller("bo", "sales", "support");
        assertEquals(Map.of("salary", FieldRule.HIDDEN, "birthDate", FieldRule.HIDDEN, "name", FieldRule.READ_ONLY),
                access.fieldRules(sam, PERSON));
        assertEquals(Map.of("salary", FieldRule.READ_ONLY, "name", FieldRule.READ_ONLY), access.fieldRules(both, PERSON),
                "birthDate: support has no rule, so it is editable; salary: read-only is looser than hidden");
        assertEquals(Map.of(), access.fieldRules(sam, NOTE), "rules are per type");
    }

    @Test
    void aManagerHoldsTheRolesBelowSoTheirRulesOnlyLoosen() {
        sharing.setFieldRules("sales", PERSON, Map.of("salary", FieldRule.HIDDEN));
        sharing.setFieldRules("manager", PERSON, Map.of("salary", FieldRule.READ_ONLY, "birthDate", FieldRule.HIDDEN));
        Caller mia = caller("mia", "manager");
        Caller dan = caller("dan", "director");
        assertEquals(Map.of("salary", FieldRule.READ_ONLY), access.fieldRules(mia, PERSON),
                "birthDate: sales, held through the hierarchy, has no rule");
        assertEquals(Map.of(), access.fieldRules(dan, PERSON), "director has no rules at all");
        assertEquals(Map.of(), access.fieldRules(caller("nobody"), PERSON), "no roles: nothing to restrict with");
    }

    @Test
    void settingRulesReplacesThoseOfTheTypeAndRefusesUnknownFields() {
        sharing.setFieldRules("sales", PERSON, Map.of("salary", FieldRule.HIDDEN, "name", FieldRule.READ_ONLY));
        sharing.setFieldRules("sales", NOTE, Map.of("text", FieldRule.READ_ONLY));
        assertEquals(Map.of("salary", FieldRule.READ_ONLY),
                sharing.setFieldRules("sales", PERSON, Map.of("salary", FieldRule.READ_ONLY, "name", FieldRule.EDITABLE)));
        assertEquals(Map.of(PERSON, Map.of("salary", FieldRule.READ_ONLY), NOTE, Map.of("text", FieldRule.READ_ONLY)),
                sharing.fieldRules("sales"));

        ApiProblem unknown = assertThrows(ApiProblem.class, () -> sharing.setFieldRules("sales", PERSON,
                Map.of("salary", FieldRule.HIDDEN, "shoeSize", FieldRule.HIDDEN)));
        assertEquals(400, unknown.status());
        assertEquals(List.of("shoeSize"), unknown.fieldErrors().stream().map(e -> e.field()).toList());
        assertTrue(unknown.fieldErrors().get(0).message().contains("birthDate"), unknown.fieldErrors().toString());
        assertEquals(Map.of("salary", FieldRule.READ_ONLY), sharing.fieldRules("sales").get(PERSON),
                "nothing changed by a refused request");
        assertEquals(404, assertThrows(ApiProblem.class,
                () -> sharing.setFieldRules("nobody", PERSON, Map.of())).status());
        assertEquals(404, assertThrows(ApiProblem.class,
                () -> sharing.setFieldRules("sales", "tickets.ticket", Map.of())).status());

        sharing.setFieldRules("sales", PERSON, Map.of());
        assertEquals(Map.of(NOTE, Map.of("text", FieldRule.READ_ONLY)), sharing.fieldRules("sales"));
    }

    @Test
    void aRuleOnAFieldThatGoesStaysStoredAndComesBackWithIt() {
        java.util.List<RecordType.Field> listed = new java.util.concurrent.CopyOnWriteArrayList<>(List.of(
                new RecordType.Field("name", "crm.lead.field.name"), RecordType.Field.literal("custom.tier", "Tier")));
        RecordType lead = type("crm.lead", OrgWideDefault.PRIVATE, () -> List.copyOf(listed));
        catalog.addRecordType(lead);
        sharing.setFieldRules("sales", "crm.lead", Map.of("custom.tier", FieldRule.HIDDEN));
        assertEquals("Tier", sharing.recordTypes().stream().filter(t -> t.id().equals("crm.lead")).findFirst()
                .orElseThrow().fields().get(1).title(key -> "?" + key));

        listed.remove(1); // the custom field is retired
        assertEquals(Map.of("custom.tier", FieldRule.HIDDEN, "name", FieldRule.READ_ONLY),
                sharing.setFieldRules("sales", "crm.lead", Map.of("name", FieldRule.READ_ONLY)),
                "left out, the rule on the field that went is kept");
        assertEquals(Map.of("custom.tier", FieldRule.HIDDEN), sharing.setFieldRules("sales", "crm.lead",
                Map.of("custom.tier", FieldRule.HIDDEN)), "given again unchanged (as the page sends it), it is kept");
        assertEquals(400, assertThrows(ApiProblem.class, () -> sharing.setFieldRules("sales", "crm.lead",
                Map.of("custom.tier", FieldRule.READ_ONLY))).status(), "but it cannot be changed while the field is gone");

        listed.add(RecordType.Field.literal("custom.tier", "Tier"));
        assertEquals(Map.of("custom.tier", FieldRule.HIDDEN), access.fieldRules(caller("sia", "sales"), "crm.lead"));
        assertEquals(Map.of(), sharing.setFieldRules("sales", "crm.lead", Map.of()), "back, it is an ordinary rule");
    }

    @Test
    void parsingAcceptsTheNamesAsWrittenAndNothingElse() {
        assertEquals(OrgWideDefault.PUBLIC_READ, SharingAdminService.parseDefault(" public-read "));
        assertEquals(null, SharingAdminService.parseDefault("PUBLIC"));
        assertEquals(FieldRule.HIDDEN, SharingAdminService.parseRule("HIDDEN"));
        assertEquals(null, SharingAdminService.parseRule("invisible"));
    }
}
