package org.rapport.contacts.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.api.ContactAccessException;
import org.rapport.contacts.api.ContactImports;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.ContactQuery;
import org.rapport.contacts.api.ImportFormat;
import org.rapport.contacts.api.ImportJob;
import org.rapport.contacts.api.ImportPreview;
import org.rapport.contacts.api.ImportRowError;
import org.rapport.contacts.api.Person;
import org.rapport.platform.api.persistence.TransactionContext;
import org.rapport.platform.api.security.AuthenticationResult;
import org.rapport.platform.api.security.Authenticator;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.Channel;
import org.rapport.platform.api.web.ApiProblem;

/** CSV imports: counts, reasons, upserts without duplicates, and a crash mid-file resumed to the same end. */
abstract class ImportContractTest extends ContactsTestBase {

    static final Set<String> IMPORTER = Set.of(ContactPermissions.PERSON_READ, ContactPermissions.PERSON_WRITE,
            ContactPermissions.PERSON_IMPORT, ContactPermissions.ORGANIZATION_READ,
            ContactPermissions.ORGANIZATION_WRITE);


    final Caller importer = caller(9, "importer", Set.of("sales"), IMPORTER);
    final List<Runnable> queued = new ArrayList<>();
    Set<String> importerRightsNow = IMPORTER;

    @BeforeEach
    void everythingPublic() {
        access.defaults.put(ContactPermissions.PERSON_TYPE, org.rapport.platform.api.access.OrgWideDefault.PUBLIC_READ);
    }

    static final String FILE = """
            firstName,lastName,email,phone,tags,organization,role
            Ali,Karimi,ali@example.com,+98 912 123 4567,vip;tehran,Acme,CEO
            Sara,Ahmadi,sara@example.com,,,Acme,CFO
            Batbayar,Dorj,bat@example.mn,+976 8811 2233,,,
            "Jean, Luc",Müller,jl@example.fr,,,,
            Bad,Email,not-an-email,,,,
            No,Key,,,,,
            Ali,Karimi-Updated,ALI@example.com,,tabriz,,
            Bad,Phone,bad@example.com,12,,,
            """;

    @Test
    void importsCountsAndNamesEveryRefusedRow() throws Exception {
        ImportJob job = finished(start(FILE, "email", 3));

        assertEquals(ImportJob.State.DONE, job.state());
        assertEquals(8, job.totalRows());
        assertEquals(8, job.processedRows());
        assertEquals(4, job.created());
        assertEquals(1, job.updated());
        assertEquals(3, job.failed());
        List<ImportRowError> errors = as(importer, () -> runner().errors(job.id()));
        assertEquals(List.of(6L, 7L, 9L), errors.stream().map(ImportRowError::row).toList());
        assertTrue(errors.get(0).reason().startsWith("email: 'not-an-email' is not an email address"),
                errors.get(0).reason());
        assertTrue(errors.get(1).reason().contains("email: is empty"), errors.get(1).reason());
        assertTrue(errors.get(2).reason().startsWith("phone:"), errors.get(2).reason());
        assertEquals("Bad,Email,not-an-email,,,,", errors.get(0).line());

        Person ali = as(admin, () -> persons.list(ContactQuery.first(5).withText("ali@example.com"))).items().get(0);
        assertEquals("Karimi-Updated", ali.lastName());
        assertEquals(Set.of("vip", "tehran", "tabriz"), ali.tags());
        assertEquals("+989121234567", ali.phones().get(0).number());
        assertEquals("Acme", ali.affiliations().get(0).organizationName());
        assertEquals(1, as(admin, () -> organizations.list(ContactQuery.first(5))).total(),
                "Acme was created once and reused");

        StringWriter errorFile = new StringWriter();
        as(importer, () -> {
            runner().writeErrors(job.id(), errorFile);
            return null;
        });
        assertTrue(errorFile.toString().startsWith("\"row\",\"reason\",\"line\""), errorFile.toString());
        assertEquals(4, errorFile.toString().strip().split("\n").length);
    }

    @Test
    void aJobIsSeenByItsStarterAndByThoseWhoManageImportsOnly() throws Exception {
        ImportJob job = finished(start(FILE, "email", 3));
        Caller colleague = caller(10, "colleague", Set.of("sales"), IMPORTER);
        // named "admin" but without the permission: role names grant nothing, permissions do
        Caller namedAdmin = caller(11, "impostor", Set.of("admin"), IMPORTER);
        Caller manager = caller(12, "manager", Set.of("ops"),
                CustomFieldsContractTest.union(IMPORTER, Set.of(ContactPermissions.IMPORT_MANAGE)));

        assertTrue(as(colleague, () -> runner().job(job.id())).isEmpty());
        assertTrue(as(namedAdmin, () -> runner().job(job.id())).isEmpty());
        assertThrows(org.rapport.contacts.api.ContactNotFoundException.class,
                () -> as(colleague, () -> runner().errors(job.id())));
        assertEquals(job.id(), as(manager, () -> runner().job(job.id())).orElseThrow().id());
        assertEquals(3, as(manager, () -> runner().errors(job.id())).size());
    }

    @Test
    void importingTheSameFileAgainCreatesNothing() throws Exception {
        finished(start(FILE, "email", 3));
        ImportJob again = finished(start(FILE, "email", 3));

        assertEquals(0, again.created());
        assertEquals(5, again.updated());
        assertEquals(3, again.failed());
        assertEquals(4, as(admin, () -> persons.list(ContactQuery.first(50))).total());
    }

    @Test
    void aCrashMidFileResumesFromTheCheckpointToTheSameEnd() throws Exception {
        ImportJob clean = finished(start(FILE, "email", 3));
        ImportContractTest.this.close();
        open();
        everythingPublic();

        // the process dies while applying row 5 (in the second batch): the first batch stays, the second is undone
        ImportJob job = start(FILE, "email", 3);
        ImportRunner crashing = crashingAt(4, 3);
        assertThrows(Crash.class, () -> crashing.run(job.id()));
        ImportJob halfway = as(importer, () -> runner().job(job.id()).orElseThrow());
        assertEquals(ImportJob.State.RUNNING, halfway.state());
        assertEquals(3, halfway.processedRows());

        queued.clear();
        runner().resumeUnfinished();
        queued.forEach(Runnable::run);
        ImportJob resumed = as(importer, () -> runner().job(job.id()).orElseThrow());
        assertEquals(List.of(clean.state(), clean.created(), clean.updated(), clean.failed(), clean.processedRows()),
                List.of(resumed.state(), resumed.created(), resumed.updated(), resumed.failed(),
                        resumed.processedRows()));
        assertEquals(4, as(admin, () -> persons.list(ContactQuery.first(50))).total());
        assertEquals(3, as(importer, () -> runner().errors(job.id())).size());
    }

    @Test
    void theDemoDataImportsWithoutARefusedRow() throws Exception {
        org.rapport.contacts.core.internal.demo.SampleContacts sample =
                new org.rapport.contacts.core.internal.demo.SampleContacts(42);
        StringBuilder csv = new StringBuilder(org.rapport.contacts.core.internal.demo.SampleContacts.Row.HEADER + "\n");
        for (int i = 0; i < 300; i++) {
            csv.append(sample.next(i).csv()).append('\n');
        }
        ImportJob job = finished(start(csv.toString(), "email", 100));

        assertEquals(List.of(), as(importer, () -> runner().errors(job.id())));
        assertEquals(300, job.created());
        assertTrue(as(admin, () -> organizations.list(ContactQuery.first(5))).total() > 5);
    }

    @Test
    void aKeyTwiceInOneBatchNamesOneRecord() throws Exception {
        ImportJob job = finished(start("""
                firstName,lastName,email,phone,organization
                Ali,Karimi,ali@example.com,+98 912 123 4567,Acme
                Ali,Karimi-Rad,ALI@Example.com,,ACME
                Sara,Ahmadi,sara@example.com,,acme
                """, "email", 100));

        assertEquals(List.of(2L, 1L, 0L), List.of(job.created(), job.updated(), job.failed()));
        Person ali = as(admin, () -> persons.list(ContactQuery.first(5).withText("ali@example.com"))).items().get(0);
        assertEquals("Karimi-Rad", ali.lastName());
        assertEquals(1, as(admin, () -> organizations.list(ContactQuery.first(5))).total(),
                "one organization for Acme, ACME and acme");
        ImportJob byPhone = finished(start("firstName,phone\nAli,0912 123 4567\nAli,+989121234567\n", "phone", 100));
        assertEquals(List.of(0L, 2L), List.of(byPhone.created(), byPhone.updated()));
        // a number whose E.164 reads back as another (+980123456 as +98123456) is found again by its own digits
        String odd = "firstName,phone\nOdd,9800 012 3456\n";
        assertEquals(1L, finished(start(odd, "phone", 100)).created());
        ImportJob again = finished(start(odd, "phone", 100));
        assertEquals(List.of(0L, 1L), List.of(again.created(), again.updated()), "the same number imported twice");
    }

    @Test
    void anUpdateLinksToAnOrganizationItsBatchCreated() throws Exception {
        finished(start("firstName,lastName,email\nAli,Karimi,ali@example.com\n", "email", 100));

        // new people's links wait for the end of the batch; an updated person's link to a new organization cannot
        ImportJob job = finished(start("""
                firstName,lastName,email,organization,role
                Sara,Ahmadi,sara@example.com,NewCo,CEO
                Ali,,ali@example.com,OtherCo,CTO
                Reza,Rad,reza@example.com,OtherCo,
                """, "email", 100));

        assertEquals(List.of(2L, 1L, 0L), List.of(job.created(), job.updated(), job.failed()));
        Map<String, String> organizationOf = new java.util.TreeMap<>();
        for (Person p : as(admin, () -> persons.list(ContactQuery.first(10))).items()) {
            organizationOf.put(p.firstName(), p.affiliations().stream()
                    .map(a -> a.organizationName() + "/" + a.role()).collect(java.util.stream.Collectors.joining(",")));
        }
        assertEquals(Map.of("Ali", "OtherCo/CTO", "Reza", "OtherCo/null", "Sara", "NewCo/CEO"), organizationOf);
        assertEquals(List.of(1L), as(admin, () -> persons.list(ContactQuery.first(5).withText("reza@example.com")))
                .items().stream().map(p -> (long) p.emails().size()).toList(), "Reza's terms were written");
    }

    @Test
    void anAddressBookImportsEveryEmailAndPhoneOfACard() throws Exception {
        String cards = """
                BEGIN:VCARD
                VERSION:3.0
                N:کریمی;علی;;;
                FN:علی کریمی
                EMAIL;TYPE=work:ali@example.com
                EMAIL;TYPE=home:ali.k@example.ir
                TEL;TYPE=cell:0912 123 4567
                TEL;TYPE=work:+98 21 8888 7777
                ORG:شرکت آکمه
                TITLE:مدیر
                END:VCARD
                """.replace("\n", "\r\n");
        ImportJob job = finished(start(VCards.asImportCsv(new ByteArrayInputStream(cards.getBytes(
                StandardCharsets.UTF_8))), "email", 10));

        assertEquals(List.of(1L, 0L), List.of(job.created(), job.failed()));
        Person ali = as(admin, () -> persons.list(ContactQuery.first(5).withText("ali.k@example.ir"))).items().get(0);
        assertEquals(List.of("ali@example.com", "ali.k@example.ir"), ali.emails().stream().map(e -> e.address())
                .toList());
        assertEquals(2, ali.phones().size());
        assertEquals("مدیر", ali.affiliations().get(0).role());
    }

    @Test
    void aDryRunCountsWithoutSaving() throws Exception {
        ImportJob dry = finished(start(FILE, "email", 3, true));

        assertEquals(3, dry.failed());
        assertEquals(8, dry.processedRows());
        assertEquals(0, as(admin, () -> persons.list(ContactQuery.first(50))).total());
    }

    @Test
    void badFilesAreRefusedBeforeAJobExists() throws Exception {
        ApiProblem unknown = assertThrows(ApiProblem.class, () -> start("firstName,lastNmae,email\nA,B,c@d.ef\n",
                "email", 3));
        assertTrue(unknown.fieldErrors().get(0).message().contains("'lastNmae' is not a field"),
                unknown.fieldErrors().toString());
        ApiProblem noKey = assertThrows(ApiProblem.class, () -> start("firstName,lastName\nA,B\n", "email", 3));
        assertTrue(noKey.fieldErrors().get(0).message().contains("no column 'email'"));
        assertThrows(ApiProblem.class, () -> start("", "email", 3));
        assertEquals(List.of(), as(importer, () -> runner().recent(10)));
        try (var left = Files.exists(files.resolve("imports")) ? Files.list(files.resolve("imports"))
                : java.util.stream.Stream.<Path>empty()) {
            assertEquals(0, left.count(), "refused files are not kept");
        }
    }

    @Test
    void importsNeedTheImportPermissionAndStopWhenItIsTakenAway() throws Exception {
        assertThrows(ContactAccessException.class, () -> as(alice, () -> runner().start("person", "email",
                new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)), false)));

        ImportJob job = start(FILE, "email", 3);
        importerRightsNow = Set.of(ContactPermissions.PERSON_READ);
        ImportJob stopped = finished(job);
        assertEquals(ImportJob.State.FAILED, stopped.state());
        assertTrue(stopped.problem().contains("may no longer import"), stopped.problem());
        assertEquals(0, stopped.processedRows());
    }

    static final String MAPPED_FILE = """
            Vorname,Nachname,E-Mail,Mobil,Score,Intern
            Ali,Karimi,ali@example.com,+98 912 123 4567,10,secret
            Sara,Ahmadi,sara@example.com,,3,secret
            Bad,Email,not-an-email,,1,secret
            Batbayar,Dorj,bat@example.mn,+976 8811 2233,7,secret
            """;

    static final Map<String, String> MAPPING = mapping("Vorname", "firstName", "Nachname", "lastName", "E-Mail",
            "email", "Mobil", "phone", "Intern", "");

    @Test
    void aMappingReadsRenamedColumnsAndSkipsTheOthers() throws Exception {
        ImportJob job = finished(start(MAPPED_FILE, "email", MAPPING, 2));

        assertEquals(ImportJob.State.DONE, job.state(), job.problem());
        assertEquals(List.of(3L, 1L), List.of(job.created(), job.failed()));
        assertEquals(MAPPING, job.mapping(), "the job tells how it read the columns");
        assertEquals(List.of(4L), as(importer, () -> runner().errors(job.id())).stream().map(ImportRowError::row)
                .toList());
        Person ali = as(admin, () -> persons.list(ContactQuery.first(5).withText("ali@example.com"))).items().get(0);
        assertEquals(List.of("Ali", "Karimi", "+989121234567"), List.of(ali.firstName(), ali.lastName(),
                ali.phones().get(0).number()));
        assertEquals(null, ali.notes(), "a skipped column is not read");

        ImportJob again = finished(start(MAPPED_FILE, "email", MAPPING, 2));
        assertEquals(List.of(0L, 3L, 1L), List.of(again.created(), again.updated(), again.failed()));
        assertEquals(3, as(admin, () -> persons.list(ContactQuery.first(50))).total());
    }

    @Test
    void aMappingThatDoesNotFitTheFileIsRefusedBeforeAJobExists() throws Exception {
        ApiProblem wrong = assertThrows(ApiProblem.class, () -> start(MAPPED_FILE, "email", mapping("Vorname",
                "firstName", "E-Mail", "email", "Nachname", "surname", "Mobil", "firstName", "Fax", "phone"), 2));
        List<String> messages = wrong.fieldErrors().stream().map(error -> error.field() + ": " + error.message())
                .toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("mapping: 'Fax' is not a column of the file")),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("'Nachname' is mapped to 'surname', which is not a"
                + " field")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("'Mobil' is mapped to 'firstName', as is an earlier"
                + " column")), messages.toString());
        ApiProblem noKey = assertThrows(ApiProblem.class, () -> start(MAPPED_FILE, "phone", mapping("Vorname",
                "firstName", "E-Mail", "email"), 2));
        assertTrue(noKey.fieldErrors().get(0).message().contains("no column 'phone'"), noKey.fieldErrors().toString());
        assertEquals(List.of(), as(importer, () -> runner().recent(10)));
    }

    @Test
    void aResumedJobReadsTheFileWithTheMappingItWasStartedWith() throws Exception {
        ImportJob job = start(MAPPED_FILE, "email", MAPPING, 2);
        ImportRunner crashing = crashingAt(3, 2);
        queued.clear();
        assertThrows(Crash.class, () -> crashing.run(job.id()));
        assertEquals(2, as(importer, () -> runner().job(job.id()).orElseThrow()).processedRows());

        // a new runner, as after a restart: nothing but the stored job tells it how to read the columns
        runner().resumeUnfinished();
        ImportJob resumed = finished(job);
        assertEquals(List.of(ImportJob.State.DONE, 3L, 1L, 4L), List.of(resumed.state(), resumed.created(),
                resumed.failed(), resumed.processedRows()));
        Person bat = as(admin, () -> persons.list(ContactQuery.first(5).withText("bat@example.mn"))).items().get(0);
        assertEquals(List.of("Batbayar", "Dorj"), List.of(bat.firstName(), bat.lastName()));
    }

    @Test
    void aPreviewShowsTheFirstRowsAndSuggestsAMapping() throws Exception {
        ImportPreview preview = preview("person", """
                First name,SURNAME,E-mail address,Mobile,Company,Job title,Loyalty points
                Ali,Karimi,ali@example.com,0912 123 4567,Acme,CEO,12
                Sara,Ahmadi,sara@example.com,,,,
                """, 10);
        assertEquals(List.of("First name", "SURNAME", "E-mail address", "Mobile", "Company", "Job title",
                "Loyalty points"), preview.header());
        assertEquals(Arrays.asList("firstName", "lastName", "email", "phone", "organization", "role", null),
                preview.suggested());
        assertEquals(2, preview.rows().size());
        assertEquals("0912 123 4567", preview.rows().get(0).get(3));
        assertEquals(ContactImports.PERSON_COLUMNS, preview.fields());
        assertEquals(List.of("email", "phone", "externalId"), preview.keys());

        ImportPreview persian = preview("person", "نام,نام‌خانوادگی,ایمیل,تلفن,ایميل\nعلی,کریمی,ali@example.com,"
                + "09121234567,x\n", 1);
        assertEquals(Arrays.asList("firstName", "lastName", "email", "phone", null), persian.suggested(),
                "each field once, Arabic letters in Persian words recognized");
        ImportPreview organization = preview("organization", "Company name,Sector,externalid,Email\nAcme,Tiles,7,"
                + "a@b.cd\n", 10);
        assertEquals(List.of("name", "industry", "externalId", "email"), organization.suggested());

        ImportPreview first = preview("person", "a,b\n1,2\n3,4\n5,6\n", 2);
        assertEquals(List.of(List.of("1", "2"), List.of("3", "4")), first.rows());
        assertThrows(ApiProblem.class, () -> preview("person", "", 10));
        ApiProblem binary = assertThrows(ApiProblem.class, () -> preview("person", "PK\u0003\u0004\u0000\u0000,x\n",
                10));
        assertTrue(binary.detail().contains("not a UTF-8 CSV"), binary.detail());
        assertTrue(binary.detail().startsWith("The file is an Excel workbook (.xlsx)"), binary.detail());
        ApiProblem image = assertThrows(ApiProblem.class, () -> preview("person", "\u0089PNG\u0000\u0000,x\n", 10));
        assertEquals("The file is not a UTF-8 CSV text file.", image.detail());
    }

    /**
     * Excel on a Persian or Arabic Windows saves "CSV (comma delimited)" in Windows-1256; under a header typed in Latin
     * letters its Persian cells are not UTF-8. Stored as read they would lose every letter: such a row is refused
     * with a reason that says how to save the file, the preview refuses the file, and the other rows import.
     */
    @Test
    void rowsNotInUtf8AreRefusedNotStoredWithoutTheirLetters() throws Exception {
        String windows1256 = new String("علی,کریمی,ali.1256@example.ir\n".getBytes(java.nio.charset.Charset.forName(
                "windows-1256")), StandardCharsets.UTF_8);
        String file = "firstName,lastName,email\nSara,Ahmadi,sara.utf8@example.com\n" + windows1256;

        ApiProblem refused = assertThrows(ApiProblem.class, () -> preview("person", file, 10));
        assertEquals("The file is not a UTF-8 CSV text file.", refused.detail());

        ImportJob job = finished(start(file, "email", 10));
        assertEquals(List.of(1L, 1L), List.of(job.created(), job.failed()));
        List<ImportRowError> errors = as(importer, () -> runner().errors(job.id()));
        assertEquals(List.of(3L), errors.stream().map(ImportRowError::row).toList());
        assertEquals(ImportFile.UNREADABLE_ROW, errors.get(0).reason());
        assertTrue(as(admin, () -> persons.list(ContactQuery.first(5).withText("ali.1256@example.ir"))).items()
                .isEmpty(), "the unreadable row was stored");
    }

    @Test
    void aWorkbookSheetImportsWithAMappingAndResumesFromItsCsvCopy() throws Exception {
        byte[] xlsx = workbook(book -> {
            org.dhatim.fastexcel.Worksheet notes = book.newWorksheet("یادداشت");
            notes.value(0, 0, "not the people");
            org.dhatim.fastexcel.Worksheet people = book.newWorksheet("مخاطبان");
            String[] header = {"نام", "نام خانوادگی", "ایمیل", "موبایل", "عضو از"};
            for (int i = 0; i < header.length; i++) {
                people.value(0, i, header[i]);
            }
            Object[][] rows = {{"علی", "کریمی", "ali@example.com", 9121234567L}, {"سارا", "احمدی", "sara@example.com"},
                    {"Bad", "Email", "not-an-email"}, {"بت", "دورج", "bat@example.mn", 97688112233L}};
            for (int r = 0; r < rows.length; r++) {
                int at = r < 2 ? r + 1 : r + 2; // Excel's row 4 stays empty: the bad row is Excel's row 5
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof String text) {
                        people.value(at, c, text);
                    } else {
                        people.value(at, c, (Number) rows[r][c]);
                    }
                }
                people.value(at, 4, java.time.LocalDate.of(2024, 3, r + 1));
                people.style(at, 4).format("yyyy/mm/dd").set();
            }
        });
        ImportPreview preview = as(importer, () -> runner().preview("person", new ByteArrayInputStream(xlsx),
                ImportFormat.xlsx("مخاطبان"), 2));
        assertEquals(List.of("یادداشت", "مخاطبان"), preview.sheets());
        assertEquals(Arrays.asList("firstName", "lastName", "email", "phone", null), preview.suggested());
        assertEquals(List.of("علی", "کریمی", "ali@example.com", "9121234567", "2024-03-01"), preview.rows().get(0));
        assertEquals(2, preview.rows().size());
        ApiProblem firstSheet = assertThrows(ApiProblem.class, () -> as(importer, () -> runner().start("person",
                "email", Map.of(), new ByteArrayInputStream(xlsx), ImportFormat.xlsx(null), false)));
        assertTrue(firstSheet.fieldErrors().toString().contains("not the people"), firstSheet.fieldErrors().toString());

        Map<String, String> mapping = mapping("نام", "firstName", "نام خانوادگی", "lastName", "ایمیل", "email",
                "موبایل", "", "عضو از", "");
        ImportJob job = as(importer, () -> runner(new RowImporter(persons, organizations), 2).start("person", "email",
                mapping, new ByteArrayInputStream(xlsx), ImportFormat.xlsx("مخاطبان"), false));
        assertEquals(4, job.totalRows());
        ImportRunner crashing = crashingAt(3, 2);
        queued.clear();
        assertThrows(Crash.class, () -> crashing.run(job.id()));
        runner().resumeUnfinished();
        ImportJob done = finished(job);
        assertEquals(List.of(ImportJob.State.DONE, 3L, 1L, 4L), List.of(done.state(), done.created(), done.failed(),
                done.processedRows()), done.problem());
        StringWriter errors = new StringWriter();
        as(importer, () -> {
            runner().writeErrors(job.id(), errors);
            return null;
        });
        assertTrue(errors.toString().contains("\n\"5\",") && errors.toString().contains("Bad,Email,not-an-email"),
                "the refused row is named by Excel's row number: " + errors);
        Person ali = as(admin, () -> persons.list(ContactQuery.first(5).withText("ali@example.com"))).items().get(0);
        assertEquals(List.of("علی", "کریمی"), List.of(ali.firstName(), ali.lastName()));
        try (var left = Files.list(files.resolve("imports"))) {
            assertEquals(List.of(), left.toList(), "neither the workbook nor its CSV copy is kept after the job");
        }

        ApiProblem notAWorkbook = assertThrows(ApiProblem.class, () -> as(importer, () -> runner().start("person",
                "email", Map.of(), new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)),
                ImportFormat.xlsx(null), false)));
        assertEquals("The file is not an Excel workbook (.xlsx).", notAWorkbook.detail());
        try (var left = Files.list(files.resolve("imports"))) {
            assertEquals(List.of(), left.toList(), "a refused workbook leaves no file behind");
        }
    }

    interface Book {
        void fill(org.dhatim.fastexcel.Workbook book) throws java.io.IOException;
    }

    static byte[] workbook(Book content) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook book = new org.dhatim.fastexcel.Workbook(out, "RapportTest", "1.0");
        content.fill(book);
        book.finish();
        return out.toByteArray();
    }

    ImportPreview preview(String entity, String csv, int rows) throws Exception {
        return as(importer, () -> runner().preview(entity, new ByteArrayInputStream(csv.getBytes(
                StandardCharsets.UTF_8)), rows));
    }

    static Map<String, String> mapping(String... headerThenField) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (int i = 0; i < headerThenField.length; i += 2) {
            mapping.put(headerThenField[i], headerThenField[i + 1]);
        }
        return mapping;
    }

    ImportJob start(String csv, String key, Map<String, String> mapping, int batch) throws Exception {
        return as(importer, () -> runner(new RowImporter(persons, organizations), batch).start("person", key, mapping,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), false));
    }

    ImportJob start(String csv, String key, int batch) throws Exception {
        return start(csv, key, batch, false);
    }

    ImportJob start(String csv, String key, int batch, boolean dryRun) throws Exception {
        return as(importer, () -> runner(new RowImporter(persons, organizations), batch).start("person", key,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), dryRun));
    }

    /** Runs what was queued and answers the job as it ended. */
    ImportJob finished(ImportJob job) throws Exception {
        List<Runnable> work = new ArrayList<>(queued);
        queued.clear();
        work.forEach(Runnable::run);
        return as(importer, () -> runner().job(job.id()).orElseThrow());
    }

    /** A runner whose process dies while applying data row {@code row} (0 is the first after the header). */
    ImportRunner crashingAt(long row, int batch) {
        return runner(new RowImporter(persons, organizations) {
            @Override
            Outcome apply(TransactionContext tx, Caller caller, String entity, String key, ImportRow applied,
                    Lookups lookups) {
                if (applied.number() == row) {
                    throw new Crash();
                }
                return super.apply(tx, caller, entity, key, applied, lookups);
            }
        }, batch);
    }

    ImportRunner runner() {
        return runner(new RowImporter(persons, organizations), 3);
    }

    ImportRunner runner(RowImporter rows, int batch) {
        return new ImportRunner(database.persistence(), new TestAuthenticator(), rows, files.resolve("imports"), clock,
                batch,
                new Queue());
    }

    /** Stands for the process dying: not an exception anything catches. */
    static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    /** Keeps submitted jobs until the test runs them. */
    final class Queue extends AbstractExecutorService {

        @Override
        public void execute(Runnable command) {
            queued.add(command);
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    /** The importer with the rights the test gives them now. */
    final class TestAuthenticator implements Authenticator {

        @Override
        public AuthenticationResult authenticate(String username, char[] password, Channel channel) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Caller> callerForToken(String token) {
            return Optional.empty();
        }

        @Override
        public Optional<Caller> refresh(Caller caller) {
            return caller.userId() == importer.userId()
                    ? Optional.of(caller(importer.userId(), importer.username(), importer.roles(), importerRightsNow))
                    : Optional.empty();
        }
    }
}
