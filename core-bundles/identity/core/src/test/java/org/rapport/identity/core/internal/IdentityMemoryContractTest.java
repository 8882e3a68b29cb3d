package org.rapport.identity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.identity.api.NewRole;
import org.rapport.identity.api.NewUser;
import org.rapport.identity.api.RoleAdmin;
import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.access.OrgWideDefault;
import org.rapport.platform.api.security.AuthenticationResult.Success;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.Channel;
import org.rapport.platform.api.security.CurrentCaller;
import org.rapport.platform.api.security.Tokens.IssuedToken;
import org.rapport.platform.testing.ModuleTestDatabase;
import org.rapport.platform.testing.TestClock;

/**
 * Callers and access answers remembered per node, and what makes a node forget them: two nodes (service instances
 * with their own memory) on one database, as in a cluster; run on H2 and on MariaDB.
 */
abstract class IdentityMemoryContractTest {

    static final String PASSWORD = "correct horse battery";
    static final String PERSON = "contacts.person";

    ModuleTestDatabase database;
    final TestClock clock = new TestClock();
    final Set<String> contributed = ConcurrentHashMap.newKeySet();
    Node a;
    Node b;

    /** What one cluster node runs of identity, counting what it asks of the database. */
    final class Node {
        final CountingPersistence persistence;
        final IdentityAccess tokens;
        final RecordAccessService access;
        final UserAdminService users;
        final RoleAdminService roles;
        final TeamAdminService teams;
        final SharingAdminService sharing;

        Node() {
            persistence = new CountingPersistence(database.persistence());
            PasswordHasher hasher = new PasswordHasher(1_000);
            IdentitySettings settings = new IdentitySettings(3, Duration.ofMinutes(15), Duration.ofHours(12),
                    Duration.ofMinutes(30));
            tokens = new IdentityAccess(persistence, hasher, new Callers(() -> Set.copyOf(contributed)), clock, settings);
            RecordTypeCatalog catalog = new RecordTypeCatalog();
            catalog.addRecordType(RecordAccessContractTest.type(PERSON, OrgWideDefault.PRIVATE, "name", "salary"));
            access = new RecordAccessService(persistence, catalog);
            users = new UserAdminService(persistence, hasher, clock);
            roles = new RoleAdminService(persistence);
            teams = new TeamAdminService(persistence);
            sharing = new SharingAdminService(persistence, catalog);
        }

        Optional<Caller> caller(IssuedToken token) {
            return tokens.callerForToken(token.token());
        }
    }

    abstract ModuleTestDatabase openDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        database = openDatabase();
        contributed.addAll(Set.of("identity.user.read", "contacts.person.read"));
        a = new Node();
        b = new Node();
        b.roles.create(new NewRole("manager", null, null));
        b.roles.create(new NewRole("sales", null, "manager"));
        b.roles.create(new NewRole("support", null, null));
        b.roles.grant("sales", "contacts.person.read");
    }

    @AfterEach
    void close() {
        CurrentCaller.clear();
        if (database != null) {
            database.close();
        }
    }

    long user(String username, String... roles) {
        return b.users.create(new NewUser(username, null, null, null, null, null, PASSWORD, List.of(roles))).id();
    }

    IssuedToken token(String username) {
        Caller caller = assertInstanceOf(Success.class,
                b.tokens.authenticate(username, PASSWORD.toCharArray(), Channel.REST)).caller();
        return b.tokens.issueSessionToken(caller);
    }

    /** A statement as another node's code (or an admin at the database) would run it: nothing in this JVM hears of it. */
    void sql(String statement, Object... parameters) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }

    void bumpElsewhere() throws Exception {
        sql("update identity_generation set generation = generation + 1 where id = 1");
    }

    // --- tokens

    @Test
    void aRememberedCallerCostsOneReadOfTheGenerationAndNoTransaction() {
        user("sam", "sales");
        IssuedToken token = token("sam");
        assertEquals("sam", a.caller(token).orElseThrow().username());
        a.persistence.reset();
        for (int i = 0; i < 3; i++) {
            assertTrue(a.caller(token).orElseThrow().has("contacts.person.read"));
        }
        assertEquals(0, a.persistence.transactions.get());
        assertEquals(3, a.persistence.plainReads.get());
    }

    @Test
    void theMemoryIsTrustedUntilTheGenerationMoves() throws Exception {
        user("sam", "sales");
        IssuedToken token = token("sam");
        assertTrue(a.caller(token).isPresent());
        // Revoked behind identity's back (no bump): the node still answers from memory, which is what the
        // generation is for: every change identity makes bumps it.
        sql("update identity_token set revoked_at = created_at where public_id = ?", token.id());
        assertTrue(a.caller(token).isPresent(), "the memory was not used");
        bumpElsewhere();
        assertTrue(a.caller(token).isEmpty(), "the generation moved, yet the memory was used");
    }

    @Test
    void aTokenRevokedOnThisNodeIsRefusedAtTheNextCheck() {
        user("sam", "sales");
        IssuedToken token = token("sam");
        Caller sam = a.caller(token).orElseThrow();
        assertTrue(a.tokens.revoke(sam, token.id()));
        assertTrue(a.caller(token).isEmpty());
    }

    @Test
    void aTokenRevokedOnAnotherNodeIsRefusedAtTheNextCheck() {
        user("sam", "sales");
        IssuedToken token = token("sam");
        assertTrue(a.caller(token).isPresent());
        assertTrue(b.tokens.revokePresented(token.token()));
        assertTrue(a.caller(token).isEmpty());
    }

    @Test
    void aUserDeactivatedOrLockedOnAnotherNodeIsRefusedAtTheNextCheck() {
        long sam = user("sam", "sales");
        user("sue", "sales");
        IssuedToken ofSam = token("sam");
        IssuedToken ofSue = token("sue");
        assertTrue(a.caller(ofSam).isPresent());
        assertTrue(a.caller(ofSue).isPresent());
        b.users.deactivate(sam);
        assertTrue(a.caller(ofSam).isEmpty());
        assertTrue(a.caller(ofSue).isPresent());
        for (int i = 0; i < 3; i++) {
            b.tokens.authenticate("sue", ("wrong password " + i).toCharArray(), Channel.REST);
        }
        assertTrue(a.caller(ofSue).isEmpty(), "locked on another node");
    }

    @Test
    void aGrantOrRoleTakenAwayOnAnotherNodeCountsAtTheNextCheck() {
        long sam = user("sam", "sales");
        user("sue", "sales");
        IssuedToken ofSam = token("sam");
        IssuedToken ofSue = token("sue");
        assertTrue(a.caller(ofSam).orElseThrow().has("contacts.person.read"));
        assertTrue(a.caller(ofSue).orElseThrow().has("contacts.person.read"));
        b.users.assignRoles(sam, List.of("support"));
        assertFalse(a.caller(ofSam).orElseThrow().has("contacts.person.read"));
        b.roles.revoke("sales", "contacts.person.read");
        assertFalse(a.caller(ofSue).orElseThrow().has("contacts.person.read"));
    }

    @Test
    void aRememberedAdminHoldsThePermissionsOfAModuleStartedLater() {
        IdentityGeneration.changing(b.persistence, tx -> {
            tx.entityManager().persist(new RoleEntity(RoleAdmin.ADMIN_ROLE, "Administrator", null, true));
            return null;
        });
        user("root", RoleAdmin.ADMIN_ROLE);
        IssuedToken token = token("root");
        assertFalse(a.caller(token).orElseThrow().has("campaigns.campaign.send"));
        contributed.add("campaigns.campaign.send");
        assertTrue(a.caller(token).orElseThrow().has("campaigns.campaign.send"));
    }

    @Test
    void useOnAnotherNodeKeepsASessionAliveOnThisOne() {
        user("sam", "sales");
        IssuedToken token = token("sam");
        assertTrue(a.caller(token).isPresent());
        // Used on b only for 40 minutes: a's memory of the last use is older than the idle timeout.
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(10));
            assertTrue(b.caller(token).isPresent());
        }
        assertTrue(a.caller(token).isPresent(), "a refused a session b kept alive");
        clock.advance(Duration.ofMinutes(31));
        assertTrue(a.caller(token).isEmpty(), "idle for longer than the timeout");
        assertTrue(b.caller(token).isEmpty());
    }

    @Test
    void aRememberedSessionStillExpiresByTheClock() {
        user("sam", "sales");
        IssuedToken token = token("sam");
        for (int i = 0; i < 36; i++) {
            assertTrue(a.caller(token).isPresent(), "after " + i);
            clock.advance(Duration.ofMinutes(20));
        }
        assertTrue(a.caller(token).isEmpty(), "valid beyond its 12 hours");
    }

    // --- record access

    @Test
    void aRememberedAnswerCostsOneReadOfTheGenerationAndNoTransaction() {
        long sam = user("sam", "sales");
        Caller caller = new Caller(sam, "sam", null, null, Set.of(), Set.of(), Channel.UI);
        a.access.readScope(caller, PERSON);
        a.access.fieldRules(caller, PERSON);
        a.persistence.reset();
        assertEquals(Set.of(sam), a.access.readScope(caller, PERSON).ownerUserIds());
        assertEquals(Map.of(), a.access.fieldRules(caller, PERSON));
        assertEquals(0, a.persistence.transactions.get());
        assertEquals(2, a.persistence.plainReads.get());
    }

    @Test
    void rolesTeamsRulesAndDefaultsChangedOnAnotherNodeCountAtTheNextQuestion() {
        long mia = user("mia", "manager");
        long sam = user("sam", "sales");
        Caller ofMia = new Caller(mia, "mia", null, null, Set.of(), Set.of(), Channel.UI);
        Caller ofSam = new Caller(sam, "sam", null, null, Set.of(), Set.of(), Channel.UI);
        assertEquals(Set.of(mia, sam), a.access.readScope(ofMia, PERSON).ownerUserIds());
        assertEquals(Set.of(), a.access.readScope(ofSam, PERSON).teamIds());
        assertEquals(Map.of(), a.access.fieldRules(ofSam, PERSON));

        b.users.assignRoles(sam, List.of("support"));
        assertEquals(Set.of(mia), a.access.readScope(ofMia, PERSON).ownerUserIds(), "a role taken away");
        long north = b.teams.create("north").id();
        b.teams.addMember("north", "sam");
        assertEquals(Set.of(north), a.access.readScope(ofSam, PERSON).teamIds(), "a team joined");
        b.sharing.setFieldRules("support", PERSON, Map.of("salary", FieldRule.HIDDEN));
        assertEquals(Map.of("salary", FieldRule.HIDDEN), a.access.fieldRules(ofSam, PERSON), "a field rule");
        b.sharing.setOrgWideDefault(PERSON, OrgWideDefault.PUBLIC_READ);
        assertTrue(a.access.readScope(ofSam, PERSON).everything(), "an org-wide default");
        assertEquals(OrgWideDefault.PUBLIC_READ, a.access.orgWideDefault(PERSON));
    }

    @Test
    void aRequestAsksTheGenerationOnceAndTheNextRequestSeesAChangeMadeElsewhere() throws Exception {
        user("sam", "sales");
        IssuedToken token = token("sam");
        Caller sam = a.caller(token).orElseThrow();
        CurrentCaller.set(sam);
        assertFalse(a.access.readScope(sam, PERSON).everything());
        a.access.fieldRules(sam, PERSON);

        // Next request: the token check reads the generation, the access questions ask nothing more.
        CurrentCaller.clear();
        a.persistence.reset();
        sam = a.caller(token).orElseThrow();
        CurrentCaller.set(sam);
        assertFalse(a.access.readScope(sam, PERSON).everything());
        assertEquals(Map.of(), a.access.fieldRules(sam, PERSON));
        assertEquals(1, a.persistence.plainReads.get());
        assertEquals(0, a.persistence.transactions.get());

        // Another node opens the type in the middle of this request: this request keeps its answers...
        sql("insert into identity_sharing_default (record_type, version, org_wide_default) values (?, 0, ?)", PERSON,
                "PUBLIC_READ");
        bumpElsewhere();
        assertFalse(a.access.readScope(sam, PERSON).everything());
        // ...the next one sees it.
        CurrentCaller.clear();
        sam = a.caller(token).orElseThrow();
        CurrentCaller.set(sam);
        assertTrue(a.access.readScope(sam, PERSON).everything());

        // A change made on this node counts at once, even within the request.
        b.sharing.setOrgWideDefault(PERSON, OrgWideDefault.PRIVATE);
        assertFalse(a.access.readScope(sam, PERSON).everything());
    }

    @Test
    void aQuestionForSomeoneElseThanTheRequestsCallerReadsTheGeneration() {
        user("sam", "sales");
        long sue = user("sue", "sales");
        Caller sam = a.caller(token("sam")).orElseThrow();
        CurrentCaller.set(sam);
        a.persistence.reset();
        a.access.readScope(new Caller(sue, "sue", null, null, Set.of(), Set.of(), Channel.REST), PERSON);
        assertEquals(1, a.persistence.plainReads.get());
    }
}
