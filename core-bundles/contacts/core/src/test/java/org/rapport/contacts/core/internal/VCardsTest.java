package org.rapport.contacts.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.opencsv.CSVReader;

import org.junit.jupiter.api.Test;
import org.rapport.contacts.api.Affiliation;
import org.rapport.contacts.api.Email;
import org.rapport.contacts.api.LifecycleStage;
import org.rapport.contacts.api.Owner;
import org.rapport.contacts.api.Person;
import org.rapport.contacts.api.Phone;
import org.rapport.contacts.api.PostalAddress;
import org.rapport.platform.api.web.ApiProblem;

class VCardsTest {

    @Test
    void aPersonWrittenAsACardReadsBackAsTheSameImportRow() throws Exception {
        Person zahra = new Person(42, 3, "زهرا", "کریمی", "زهرا کریمی",
                List.of(new Email("zahra@example.ir", "work"), new Email("z.karimi@example.com")),
                List.of(new Phone("+98 912 123 4567", "cell")),
                List.of(new PostalAddress("work", "خیابان ولیعصر ۱۲", "تهران", null, "1234567890", "IR")),
                List.of(), "https://example.ir", List.of(new Affiliation(7, "شرکت آکمه", "مدیر فروش")),
                new LinkedHashSet<>(List.of("vip", "tehran")), "web", LifecycleStage.CUSTOMER, Owner.user(1),
                "تماس صبح", null, Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-02-03T04:05:06Z"),
                Set.of(), Set.of());
        StringWriter card = new StringWriter();
        VCards.write(List.of(zahra), card);

        assertTrue(card.toString().startsWith("BEGIN:VCARD\r\nVERSION:4.0"), card.toString());
        assertTrue(card.toString().contains("FN:زهرا کریمی"), card.toString());
        assertTrue(card.toString().contains("ORG:شرکت آکمه"), card.toString());
        List<String[]> rows = rows(VCards.asImportCsv(stream(card.toString())));
        assertEquals(VCards.IMPORT_COLUMNS, List.of(rows.get(0)));
        assertEquals(List.of("زهرا", "کریمی", "zahra@example.ir;z.karimi@example.com", "+98 912 123 4567",
                "https://example.ir", "شرکت آکمه", "مدیر فروش", "vip;tehran", "تماس صبح", "urn:rapport:person:42"),
                List.of(rows.get(1)));
    }

    @Test
    void olderCardsWithOnlyAFormattedNameAndSeveralNumbersAreRead() throws Exception {
        String addressBook = """
                BEGIN:VCARD
                VERSION:2.1
                FN:Batbayar Dorj
                TEL;CELL:+976 8811 2233
                TEL;WORK:+976 7011 0000
                EMAIL;INTERNET:bat@example.mn
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                N:Müller;Jean;;;
                FN:Jean Müller
                NOTE:met at the fair\\; wants a demo
                END:VCARD
                """.replace("\n", "\r\n");
        List<String[]> rows = rows(VCards.asImportCsv(stream(addressBook)));

        assertEquals(3, rows.size());
        assertEquals("Batbayar Dorj", rows.get(1)[1], "the formatted name stands in for a missing N");
        assertEquals("+976 8811 2233;+976 7011 0000", rows.get(1)[3]);
        assertEquals("bat@example.mn", rows.get(1)[2]);
        assertEquals(List.of("Jean", "Müller"), List.of(rows.get(2)[0], rows.get(2)[1]));
        assertEquals("met at the fair; wants a demo", rows.get(2)[8]);
    }

    @Test
    void aFileWithoutCardsIsRefusedWithAReason() {
        ApiProblem refused = assertThrows(ApiProblem.class, () -> VCards.asImportCsv(stream("firstName,lastName\n")));
        assertTrue(refused.fieldErrors().get(0).message().contains("BEGIN:VCARD"));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String[]> rows(String csv) throws Exception {
        try (CSVReader reader = new CSVReader(new StringReader(csv))) {
            return reader.readAll();
        }
    }
}
