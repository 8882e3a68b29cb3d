package org.rapport.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An Excel workbook (.xlsx) imported over REST in the real distribution: the feature's XML and zip bundles resolve,
 * the chosen sheet is read with shared strings, a date format, a number and a formula's cached value, the job ends
 * with the right counts, and a body that is no workbook is refused.
 */
public class WorkbookImportsIT extends RapportSuite {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SessionFactory shell;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String IMPORTS = "/api/contacts/imports";

    @Test
    public void aWorkbookSheetImportsWithAMappingAndABrokenOneIsRefused() throws Exception {
        awaitContacts();
        String marker = "xl" + UUID.randomUUID().toString().substring(0, 6);
        byte[] book = workbook(marker);

        HttpResponse<String> preview = Http.sendBytes("POST", IMPORTS + "/preview?entity=person&sheet=People", XLSX,
                book);
        assertEquals(preview.body(), 200, preview.statusCode());
        JsonNode shown = JSON.readTree(preview.body());
        assertEquals(shown.toString(), "[\"Notes\",\"People\"]", shown.path("sheets").toString());
        assertEquals(shown.toString(), "[\"firstName\",\"lastName\",\"email\",\"phone\",null]",
                shown.path("suggested").toString());
        assertEquals(shown.toString(), "[\"علی\",\"کریمی\",\"ali." + marker + "@example.com\",\"9121234567\","
                + "\"2024-03-01\"]", shown.path("rows").get(0).toString());

        String mapping = "&" + map("نام", "firstName") + "&" + map("نام خانوادگی", "lastName") + "&"
                + map("ایمیل", "email") + "&" + map("تلفن", "phone") + "&" + map("تاریخ", "");
        String start = IMPORTS + "?entity=person&key=email&sheet=People" + mapping;
        HttpResponse<String> started = Http.sendBytes("POST", start, XLSX, book);
        assertEquals(started.body(), 202, started.statusCode());
        JsonNode done = finished(started);
        assertEquals(done.toString(), "done", done.path("state").asText());
        assertEquals(done.toString(), 3, done.path("totalRows").asInt());
        assertEquals(done.toString(), 2, done.path("created").asInt());
        assertEquals(done.toString(), 1, done.path("failed").asInt());
        // the sheet's own row number: its row 4 is empty and was left out of the job's file
        assertEquals(done.toString(), 5, done.path("errors").get(0).path("row").asInt());

        HttpResponse<String> ali = Http.get("/api/contacts/persons?q=ali." + marker + "@example.com");
        assertEquals(ali.body(), "1", ali.headers().firstValue("X-Total-Count").orElse(""));
        assertTrue(ali.body(), ali.body().contains("کریمی") && ali.body().contains("+989121234567"));
        HttpResponse<String> sara = Http.get("/api/contacts/persons?q=sara." + marker + "@example.com");
        assertEquals(sara.body(), "1", sara.headers().firstValue("X-Total-Count").orElse(""));

        JsonNode again = finished(Http.sendBytes("POST", start, XLSX, book));
        assertEquals(again.toString(), 0, again.path("created").asInt());
        assertEquals(again.toString(), 2, again.path("updated").asInt());

        HttpResponse<String> notABook = Http.sendBytes("POST", IMPORTS + "?entity=person&key=email", XLSX,
                "email\na@example.com\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(notABook.body(), 400, notABook.statusCode());
        assertTrue(notABook.body(), notABook.body().contains("not an Excel workbook (.xlsx)"));
        byte[] cut = java.util.Arrays.copyOf(book, book.length - 40);
        HttpResponse<String> damaged = Http.sendBytes("POST", IMPORTS + "/preview?entity=person", XLSX, cut);
        assertEquals(damaged.body(), 400, damaged.statusCode());
        assertTrue(damaged.body(), damaged.body().contains("cannot be read"));
        HttpResponse<String> noSheet = Http.sendBytes("POST", IMPORTS + "?entity=person&key=email&sheet=Leads", XLSX,
                book);
        assertEquals(noSheet.body(), 400, noSheet.statusCode());
        assertTrue(noSheet.body(), noSheet.body().contains("Notes, People"));
        HttpResponse<String> csvWithSheet = Http.send("POST", IMPORTS + "?entity=person&key=email&sheet=People",
                "text/csv", "email\na@example.com\n");
        assertEquals(csvWithSheet.body(), 400, csvWithSheet.statusCode());
        assertTrue(csvWithSheet.body(), csvWithSheet.body().contains("A CSV file has no sheets."));

        JsonNode bodies = JSON.readTree(Http.get("/api/openapi.json").body()).path("paths").path(IMPORTS)
                .path("post").path("requestBody").path("content");
        assertTrue(bodies.toString(), bodies.has("text/csv") && bodies.has(XLSX));
    }

    @Test
    public void theShellCommandImportsAWorkbookWithAMapping() throws Exception {
        awaitContacts();
        String marker = "xs" + UUID.randomUUID().toString().substring(0, 6);
        Path file = Files.createTempFile("people-", ".xlsx");
        try {
            Files.write(file, workbook(marker));
            String refused = execute("rapport:contacts-import --sheet People --map نام=firstName --map Fax=phone "
                    + file);
            assertTrue(refused, refused.contains("'Fax' is not a column of the file"));

            String output = execute("rapport:contacts-import --sheet People --key email --map نام=firstName"
                    + " --map \"نام خانوادگی=lastName\" --map ایمیل=email --map تلفن=phone " + file);
            Matcher started = Pattern.compile("Import (\\d+) started: 3 rows").matcher(output);
            assertTrue(output, started.find());
            JsonNode[] job = new JsonNode[1];
            Await.until("the shell's workbook import", Duration.ofSeconds(60), () -> {
                job[0] = Await.value(() -> JSON.readTree(Http.get(IMPORTS + "/" + started.group(1)).body()));
                return job[0].path("state").asText().matches("done|failed");
            });
            assertEquals(job[0].toString(), List.of("done", 2, 1), List.of(job[0].path("state").asText(),
                    job[0].path("created").asInt(), job[0].path("failed").asInt()));
            assertEquals(job[0].toString(), "{\"نام\":\"firstName\",\"نام خانوادگی\":\"lastName\",\"ایمیل\":\"email\","
                    + "\"تلفن\":\"phone\"}", job[0].path("mapping").toString());
            HttpResponse<String> sara = Http.get("/api/contacts/persons?q=sara." + marker + "@example.com");
            assertTrue(sara.body(), sara.body().contains("احمدی"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void awaitContacts() {
        RapportContainer.awaitPlatform(modules);
        Await.until("the contacts API", Duration.ofSeconds(60),
                () -> Await.value(() -> Http.get("/api/contacts/persons?size=1")).statusCode() == 200);
    }

    private String execute(String command) throws Exception {
        return AdminShell.execute(shell, command);
    }

    private static String map(String header, String field) {
        return "map." + URLEncoder.encode(header, StandardCharsets.UTF_8).replace("+", "%20") + "="
                + URLEncoder.encode(field, StandardCharsets.UTF_8);
    }

    private static JsonNode finished(HttpResponse<String> started) throws Exception {
        assertEquals(started.body(), 202, started.statusCode());
        String location = started.headers().firstValue("Location").orElseThrow();
        String path = "/api/" + location.replaceFirst("^.*?/api/", "").replaceFirst("^/", "");
        JsonNode[] job = new JsonNode[1];
        Await.until("the workbook import " + location, Duration.ofSeconds(60), () -> {
            job[0] = Await.value(() -> JSON.readTree(Http.get(path).body()));
            return job[0].path("state").asText().matches("done|failed");
        });
        return job[0];
    }

    /**
     * A workbook as a spreadsheet program writes it: two sheets, text in the shared strings table, a date with a
     * built-in date format, a phone number stored as a number, an email computed by a formula (its cached value).
     */
    private static byte[] workbook(String marker) throws IOException {
        String[] strings = {"just notes", "نام", "نام خانوادگی", "ایمیل", "تلفن", "تاریخ", "علی", "کریمی",
                "ali." + marker + "@example.com", "سارا", "احمدی", "Bad", "Row", "not-an-email"};
        StringBuilder shared = new StringBuilder();
        for (String s : strings) {
            shared.append("<si><t>").append(s).append("</t></si>");
        }
        String people = row(1, s("A1", 1), s("B1", 2), s("C1", 3), s("D1", 4), s("E1", 5))
                + row(2, s("A2", 6), s("B2", 7), s("C2", 8), "<c r=\"D2\"><v>9121234567</v></c>",
                        "<c r=\"E2\" s=\"1\"><v>45352</v></c>")
                + row(3, s("A3", 9), s("B3", 10), "<c r=\"C3\" t=\"str\"><f>LOWER(\"SARA." + marker.toUpperCase()
                        + "@EXAMPLE.COM\")</f><v>sara." + marker + "@example.com</v></c>")
                + row(5, s("A5", 11), s("B5", 12), s("C5", 13));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + XLSX + ".main+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", rels("officeDocument", "xl/workbook.xml"));
            entry(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"Notes\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"People\" sheetId=\"2\" r:id=\"rId2\"/>"
                    + "</sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
                    + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + shared + "</sst>");
            entry(zip, "xl/styles.xml", "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs>"
                    + "</styleSheet>");
            entry(zip, "xl/worksheets/sheet1.xml", sheet(row(1, s("A1", 0))));
            entry(zip, "xl/worksheets/sheet2.xml", sheet(people));
        }
        return bytes.toByteArray();
    }

    private static String s(String cell, int string) {
        return "<c r=\"" + cell + "\" t=\"s\"><v>" + string + "</v></c>";
    }

    private static String row(int number, String... cells) {
        return "<row r=\"" + number + "\">" + String.join("", cells) + "</row>";
    }

    private static String sheet(String rows) {
        return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows
                + "</sheetData></worksheet>";
    }

    private static String rels(String type, String target) {
        return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + type + "\" Target=\"" + target + "\"/></Relationships>";
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml)
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
