package org.rapport.identity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.identity.api.NewUser;
import org.rapport.platform.api.directory.Directory;
import org.rapport.platform.api.directory.DirectoryEntry;
import org.rapport.platform.api.directory.DirectoryEntry.Kind;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.Channel;
import org.rapport.platform.api.security.CurrentCaller;
import org.rapport.platform.i18n.internal.IcuTextFolding;
import org.rapport.platform.testing.ModuleTestDatabase;
import org.rapport.platform.testing.TestClock;

/** The directory of names on a real database; run on H2 and on MariaDB. */
abstract class DirectoryContractTest {

    /** A colleague without any permission: the directory is for everyone signed in. */
    private static final Caller COLLEAGUE = new Caller(999, "colleague", "Colleague", Locale.ENGLISH, Set.of(),
            Set.of(), Channel.UI);

    ModuleTestDatabase database;
    Directory directory;
    UserAdminService users;
    TeamAdminService teams;

    abstract ModuleTestDatabase openDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        database = openDatabase();
        users = new UserAdminService(database.persistence(), new PasswordHasher(1_000), new TestClock());
        teams = new TeamAdminService(database.persistence());
        directory = new DirectoryService(database.persistence(), new IcuTextFolding());
    }

    @AfterEach
    void close() {
        CurrentCaller.clear();
        if (database != null) {
            database.close();
        }
    }

    private long user(String username, String displayName) {
        return users.create(new NewUser(username, displayName, null, null, null, null, null, List.of())).id();
    }

    @Test
    void resolvesUserAndTeamNamesInOneCallLeavingUnknownIdsOut() {
        long sara = user("sara", "Sara Ahmadi");
        long bold = user("bold", "Болд Бат");
        long north = teams.create("north-region").id();
        CurrentCaller.set(COLLEAGUE);

        assertEquals(Map.of(sara, "Sara Ahmadi", bold, "Болд Бат"), directory.userNames(List.of(sara, bold, 424242L)));
        assertEquals(Map.of(north, "north-region"), directory.teamNames(List.of(north, 424242L)));
        assertEquals(Map.of(), directory.userNames(List.of()));
    }

    @Test
    void deactivatedUsersKeepTheirNameButAreNotOffered() {
        long gone = user("gone", "Gisela Gone");
        users.deactivate(gone);
        CurrentCaller.set(COLLEAGUE);

        assertEquals(Map.of(gone, "Gisela Gone"), directory.userNames(List.of(gone)));
        assertEquals(List.of(), directory.search("gis", Set.of(), 10));
    }

    @Test
    void searchFindsWordStartsAndUsernamesFoldedUsersFirst() {
        long ali = user("ali.r", "علي رضايي");
        long alice = user("alice", "Alice Émile");
        user("bob", "Bob Stone");
        long team = teams.create("alicante-office").id();
        CurrentCaller.set(COLLEAGUE);

        // Arabic yeh typed as Persian yeh, an accent left out, a second word, a username
        assertEquals(List.of(new DirectoryEntry(Kind.USER, ali, "علي رضايي")), directory.search("رضای", Set.of(), 10));
        assertEquals(List.of(new DirectoryEntry(Kind.USER, alice, "Alice Émile")), directory.search("emi", Set.of(), 10));
        assertEquals(List.of(new DirectoryEntry(Kind.USER, ali, "علي رضايي")), directory.search("ALI.", Set.of(), 10));
        assertEquals(List.of(new DirectoryEntry(Kind.USER, alice, "Alice Émile"),
                new DirectoryEntry(Kind.TEAM, team, "alicante-office")), directory.search("ALIC", Set.of(), 10));
        assertEquals(List.of(new DirectoryEntry(Kind.TEAM, team, "alicante-office")),
                directory.search("alic", Set.of(Kind.TEAM), 10));
        assertEquals(List.of(new DirectoryEntry(Kind.TEAM, team, "alicante-office")), directory.search("off", Set.of(), 10));
    }

    @Test
    void searchKeepsToTheLimit() {
        for (int i = 0; i < Directory.MAX_RESULTS + 5; i++) {
            user("rep" + i, "Rep " + i);
        }
        CurrentCaller.set(COLLEAGUE);

        assertEquals(3, directory.search("rep", Set.of(Kind.USER), 3).size());
        assertEquals(Directory.MAX_RESULTS, directory.search("", Set.of(), 1000).size());
    }

    @Test
    void nobodySignedInReadsNothing() {
        assertThrows(IllegalStateException.class, () -> directory.userNames(List.of(1L)));
        assertThrows(IllegalStateException.class, () -> directory.search("a", Set.of(), 5));
    }

    @Test
    void restAnswersNamesAndSearchesByKindForAnyoneSignedIn() {
        long sara = user("sara", "Sara Ahmadi");
        long team = teams.create("sales-north").id();
        DirectoryResource resource = new DirectoryResource(directory);
        assertThrows(jakarta.ws.rs.NotAuthorizedException.class, () -> resource.search("sa", null, 5));
        CurrentCaller.set(COLLEAGUE);

        assertEquals(List.of(new DirectoryEntry(Kind.USER, sara, "Sara Ahmadi")), resource.search("sa", "user", 5));
        assertEquals(List.of(new DirectoryEntry(Kind.TEAM, team, "sales-north")), resource.search("sa", "Team", 5));
        assertEquals(new DirectoryResource.Names(Map.of(sara, "Sara Ahmadi"), Map.of(team, "sales-north")),
                resource.names(List.of(sara), List.of(team)));
        org.rapport.platform.api.web.ApiProblem bad = assertThrows(org.rapport.platform.api.web.ApiProblem.class,
                () -> resource.search("sa", "robot", 5));
        assertEquals("kind", bad.fieldErrors().get(0).field());
    }
}
