package org.rapport.contacts.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.opencsv.CSVReader;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.platform.api.web.ApiProblem;

/** Workbooks written by fastexcel's writer (as a spreadsheet program writes them) or by hand, read back as CSV. */
class WorkbookCsvTest {

    @TempDir
    Path dir;

    @Test
    void writesPersianTextNumbersDatesAndEmptyCellsAsTheImportReadsThem() throws Exception {
        Path xlsx = workbook(book -> {
            Worksheet people = book.newWorksheet("مخاطبان");
            header(people, "نام", "نام خانوادگی", "ایمیل", "phone", "amount", "since", "met at", "active");
            people.value(1, 0, "زهرا");
            people.value(1, 1, "احمدی\u200cنژاد");
            people.value(1, 2, "zahra@example.ir");
            people.value(1, 3, 9121234567L);
            people.value(1, 4, new BigDecimal("1234567.5"));
            people.style(1, 4).format("#,##0.00").set();
            people.value(1, 5, LocalDate.of(2024, 3, 1));
            people.style(1, 5).format("yyyy-mm-dd").set();
            people.value(1, 6, LocalDateTime.of(2024, 3, 1, 9, 30));
            people.style(1, 6).format("dd/mm/yyyy hh:mm").set();
            people.value(1, 7, true);
            // row 3: cells left empty in the middle and at the end
            people.value(2, 0, "Ali");
            people.value(2, 2, "ali@example.com, \"work\"");
            people.value(2, 4, 0.1 + 0.2);
            people.value(2, 5, 45000.25);
            people.style(2, 5).format("h:mm").set(); // a date-time number with a time format
        });

        List<String[]> rows = csv(xlsx, null);

        assertEquals(3, rows.size());
        assertEquals(List.of("نام", "نام خانوادگی", "ایمیل", "phone", "amount", "since", "met at", "active"),
                List.of(rows.get(0)));
        assertEquals(List.of("زهرا", "احمدی\u200cنژاد", "zahra@example.ir", "9121234567", "1234567.5", "2024-03-01",
                "2024-03-01T09:30", "TRUE"), List.of(rows.get(1)));
        assertEquals(List.of("Ali", "", "ali@example.com, \"work\"", "", "0.3", "2023-03-15T06:00"),
                List.of(rows.get(2)));
    }

    @Test
    void readsTheChosenSheetAndNamesThemAll() throws Exception {
        Path xlsx = workbook(book -> {
            header(book.newWorksheet("Notes"), "just", "notes");
            Worksheet people = book.newWorksheet("People");
            header(people, "email");
            people.value(1, 0, "a@example.com");
        });

        StringWriter out = new StringWriter();
        WorkbookCsv.Written written = WorkbookCsv.write(xlsx, "people", out, Long.MAX_VALUE);

        assertEquals(List.of("Notes", "People"), written.sheets());
        assertEquals("People", written.sheet());
        assertEquals(2, written.rows());
        assertEquals("email\na@example.com\n", out.toString());
        assertEquals("just,notes\n", write(xlsx, null, Long.MAX_VALUE), "no sheet named: the first");

        ApiProblem missing = assertThrows(ApiProblem.class, () -> write(xlsx, "Leads", Long.MAX_VALUE));
        assertEquals(400, missing.status());
        assertTrue(missing.detail().contains("no sheet \"Leads\""), missing.detail());
        assertTrue(missing.fieldErrors().get(0).message().contains("Notes, People"));
    }

    @Test
    void leavesEmptyRowsOutAndStopsAtTheRowsAskedFor() throws Exception {
        Path xlsx = workbook(book -> {
            Worksheet sheet = book.newWorksheet("Sheet1");
            header(sheet, "email");
            sheet.value(3, 0, "row4@example.com");
            sheet.value(4, 0, " ");
            sheet.style(5, 0).format("@").set(); // formatted, but no value
            sheet.value(7, 0, "row8@example.com");
        });

        assertEquals("email\nrow4@example.com\nrow8@example.com\n", write(xlsx, null, Long.MAX_VALUE));
        assertEquals("email\nrow4@example.com\n", write(xlsx, null, 2));

        Path csv = dir.resolve("job.csv");
        SourceRows rows = WorkbookCsv.writeFile(xlsx, null, csv).sourceRows();
        assertEquals(List.of(1L, 4L, 8L), List.of(rows.rowOf(0), rows.rowOf(1), rows.rowOf(2)));
        SourceRows kept = SourceRows.of(csv);
        assertEquals(List.of(1L, 4L, 8L), List.of(kept.rowOf(0), kept.rowOf(1), kept.rowOf(2)),
                "the numbers survive a restart beside the job's file");
    }

    @Test
    void refusesAWorkbookThatWouldUnpackFarBeyondItsSize() throws Exception {
        // 12 MB of one repeated row packs into a few kilobytes: a small zip bomb
        String row = "<row><c t=\"inlineStr\"><is><t>a@example.com</t></is></c></row>";
        Path bomb = handMade(row.repeat(12 * 1024 * 1024 / row.length()));
        assertTrue(Files.size(bomb) < 1024 * 1024);

        ApiProblem refused = assertThrows(ApiProblem.class, () -> write(bomb, null, 10));

        assertEquals(400, refused.status());
        assertTrue(refused.detail().contains("unpack far beyond its size"), refused.detail());
        assertTrue(refused.fieldErrors().get(0).message().contains("xl/worksheets/sheet1.xml"),
                refused.fieldErrors().toString());
    }

    @Test
    void aSheetWithoutGapsKeepsNoRowNumbers() throws Exception {
        Path xlsx = workbook(book -> {
            Worksheet sheet = book.newWorksheet("Sheet1");
            header(sheet, "email");
            sheet.value(1, 0, "a@example.com");
        });
        Path csv = dir.resolve("plain.csv");

        assertTrue(WorkbookCsv.writeFile(xlsx, null, csv).sourceRows().isAsRead());
        assertFalse(Files.exists(SourceRows.beside(csv)));
        assertEquals(2, SourceRows.of(csv).rowOf(1));
    }

    @Test
    void formulasGiveTheirCachedValuesAndInlineStringsAreRead() throws Exception {
        Path xlsx = handMade("""
                <row r="1"><c r="A1" t="inlineStr"><is><t>email</t></is></c><c r="B1" t="inlineStr"><is><t>total</t></is></c>\
                <c r="C1" t="inlineStr"><is><t>name</t></is></c><c r="D1" t="inlineStr"><is><t>ok</t></is></c>\
                <c r="E1" t="inlineStr"><is><t>check</t></is></c></row>
                <row r="2"><c r="A2" t="inlineStr"><is><t>f@example.com</t></is></c><c r="B2"><f>SUM(1,2)</f><v>3</v></c>\
                <c r="C2" t="str"><f>CONCAT("Sa","ra")</f><v>Sara</v></c><c r="D2" t="b"><f>TRUE()</f><v>1</v></c>\
                <c r="E2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>
                """);

        assertEquals("email,total,name,ok,check\nf@example.com,3,Sara,TRUE,#DIV/0!\n", write(xlsx, null, 10));
    }

    @Test
    void refusesWhatIsNoWorkbook() throws Exception {
        Path csv = dir.resolve("people.xlsx");
        Files.writeString(csv, "email\na@example.com\n");
        ApiProblem text = assertThrows(ApiProblem.class, () -> write(csv, null, 10));
        assertEquals(400, text.status());
        assertEquals("The file is not an Excel workbook (.xlsx).", text.detail());

        Path xls = dir.resolve("old.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0, 0, 0, 0});
        assertTrue(assertThrows(ApiProblem.class, () -> write(xls, null, 10)).detail().contains("(.xls)"));

        Path good = workbook(book -> header(book.newWorksheet("Sheet1"), "email"));
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.xlsx");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2)); // a zip whose index is gone
        ApiProblem damaged = assertThrows(ApiProblem.class, () -> write(cut, null, 10));
        assertEquals(400, damaged.status());
        assertEquals("The workbook (.xlsx) cannot be read; it may be damaged.", damaged.detail());

        Path zip = dir.resolve("other.xlsx"); // a zip, but no workbook inside
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(400, assertThrows(ApiProblem.class, () -> write(zip, null, 10)).status());

        Path broken = handMade("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>email</t></is></c></row><row");
        assertEquals(400, assertThrows(ApiProblem.class, () -> write(broken, null, 10)).status());
    }

    @Test
    void tellsDateFormatsFromNumberFormats() {
        assertTrue(WorkbookCsv.isDateFormat(14, null));
        assertTrue(WorkbookCsv.isDateFormat(165, "yyyy/mm/dd;@"));
        assertTrue(WorkbookCsv.isDateFormat(166, "[$-429]dd mmmm yyyy"));
        assertTrue(WorkbookCsv.isDateFormat(167, "[h]:mm:ss"));
        assertFalse(WorkbookCsv.isDateFormat(3, "#,##0"));
        assertFalse(WorkbookCsv.isDateFormat(11, "0.00E+00"));
        assertFalse(WorkbookCsv.isDateFormat(168, "#,##0 \"days\""));
        assertFalse(WorkbookCsv.isDateFormat(169, "[Red]#,##0;[$ریال-429]#,##0"));
        assertFalse(WorkbookCsv.isDateFormat(0, "General"));
    }

    private interface Book {
        void fill(Workbook book) throws IOException;
    }

    private Path workbook(Book content) throws IOException {
        Path file = Files.createTempFile(dir, "book", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook book = new Workbook(out, "RapportTest", "1.0");
            content.fill(book);
            book.finish();
        }
        return file;
    }

    private static void header(Worksheet sheet, String... names) {
        for (int i = 0; i < names.length; i++) {
            sheet.value(0, i, names[i]);
        }
    }

    /** The smallest workbook: one sheet with these rows, no shared strings and no styles. */
    private Path handMade(String rows) throws IOException {
        Path file = Files.createTempFile(dir, "hand", ".xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    </Relationships>""");
            entry(zip, "xl/worksheets/sheet1.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""
                    + rows + "</sheetData></worksheet>");
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String write(Path xlsx, String sheet, long maxRows) throws IOException {
        StringWriter out = new StringWriter();
        WorkbookCsv.write(xlsx, sheet, out, maxRows);
        return out.toString();
    }

    private static List<String[]> csv(Path xlsx, String sheet) throws Exception {
        try (CSVReader reader = new CSVReader(new StringReader(write(xlsx, sheet, Long.MAX_VALUE)))) {
            return reader.readAll();
        }
    }
}
