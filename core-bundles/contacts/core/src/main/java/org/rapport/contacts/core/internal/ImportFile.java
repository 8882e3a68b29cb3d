package org.rapport.contacts.core.internal;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.CSVWriter;
import com.opencsv.exceptions.CsvException;

import org.rapport.contacts.api.ImportFormat;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/**
 * A stored import file, read with opencsv: the header (or the job's {@link ColumnMapping}) says which cell is which
 * field, then rows are read in order from any row on (to resume a job where it stopped).
 */
final class ImportFile implements Closeable {

    private final CSVReader reader;
    private final List<String> columns;
    private final SourceRows sourceRows;
    private long nextRow;

    private ImportFile(CSVReader reader, List<String> columns, SourceRows sourceRows) {
        this.reader = reader;
        this.columns = columns;
        this.sourceRows = sourceRows;
    }

    /** Opens the file and checks its header, as the mapping reads it, against the entity's columns and the key. */
    static ImportFile open(Path file, List<String> allowed, String key, ColumnMapping mapping) throws IOException {
        SourceRows sourceRows = SourceRows.of(file);
        CSVReader reader = reader(Files.newInputStream(file));
        try {
            return new ImportFile(reader, mapping.columns(header(reader), allowed, key), sourceRows);
        } catch (CsvException | RuntimeException failed) {
            reader.close();
            if (failed instanceof ApiProblem problem) {
                throw problem;
            }
            throw unreadable(failed);
        }
    }

    /** Removes a job's file and the source row numbers kept beside it. */
    static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(SourceRows.beside(file));
    }

    /** The header and the first {@code rows} data rows of a file, read as a job would read them. */
    static Start start(InputStream csv, int rows) throws IOException {
        try (CSVReader reader = reader(csv)) {
            String[] header = header(reader);
            List<List<String>> first = new ArrayList<>();
            for (String[] cells; first.size() < rows && (cells = reader.readNext()) != null;) {
                if (unreadableText(cells)) {
                    throw notUtf8();
                }
                first.add(Arrays.stream(cells).map(cell -> cell == null ? "" : cell.strip()).toList());
            }
            return new Start(Arrays.stream(header).map(cell -> cell == null ? "" : cell.strip()).toList(), first);
        } catch (CsvException malformed) {
            throw unreadable(malformed);
        }
    }

    record Start(List<String> header, List<List<String>> rows) {
    }

    private static CSVReader reader(InputStream csv) throws IOException {
        return new CSVReaderBuilder(withoutBom(new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))))
                .build();
    }

    private static String[] header(CSVReader reader) throws IOException, CsvException {
        String[] header = reader.readNext();
        if (header == null || header.length == 1 && (header[0] == null || header[0].isBlank())) {
            throw ApiProblem.invalid("The file is empty.", List.of(new FieldError("file",
                    "needs a header row naming the columns, e.g. firstName,lastName,email,phone")));
        }
        if (Arrays.stream(header).anyMatch(cell -> cell != null && cell.indexOf('\u0000') >= 0)
                || unreadableText(header)) {
            // NUL bytes or bytes that are not UTF-8: a spreadsheet (.xlsx), an image, or text in another encoding
            if (header[0] != null && header[0].startsWith("PK\u0003\u0004")) {
                throw ApiProblem.invalid("The file is an Excel workbook (.xlsx), not a UTF-8 CSV text file.",
                        List.of(new FieldError("file", "send it as " + ImportFormat.XLSX_MEDIA_TYPE
                                + " (or name it .xlsx), or save it as \"CSV UTF-8 (comma delimited)\"")));
            }
            throw notUtf8();
        }
        return header;
    }

    private static ApiProblem notUtf8() {
        return ApiProblem.invalid("The file is not a UTF-8 CSV text file.", List.of(new FieldError("file",
                "save it as \"CSV UTF-8 (comma delimited)\" and upload that")));
    }

    /**
     * Whether a cell holds bytes that are not UTF-8, read as the replacement character: text saved in another
     * encoding, typically "CSV (comma delimited)" from Excel on a Persian or Arabic Windows (Windows-1256) under a
     * header typed in Latin letters. Stored as read, its letters would be lost.
     */
    private static boolean unreadableText(String[] cells) {
        return Arrays.stream(cells).anyMatch(cell -> cell != null && cell.indexOf('\uFFFD') >= 0);
    }

    private static ApiProblem unreadable(Exception failed) {
        return ApiProblem.invalid("The file is not a CSV file that can be read.", List.of(new FieldError("file",
                failed.getMessage())));
    }

    /** Skips to data row {@code row} (0 is the first after the header). */
    void skipTo(long row) throws IOException {
        while (nextRow < row && next() != null) {
            // the rows before the checkpoint were applied already
        }
    }

    /** The next row, or {@code null} at the end. */
    ImportRow next() throws IOException {
        String[] cells;
        try {
            cells = reader.readNext();
        } catch (CsvException malformed) {
            cells = null;
            long number = nextRow++;
            return new ImportRow(number, Map.of(ROW_PROBLEM, "the row cannot be read as CSV: "
                    + malformed.getMessage()), "", sourceRows.rowOf(number + 1));
        }
        if (cells == null) {
            return null;
        }
        long number = nextRow++;
        Map<String, String> byColumn = new HashMap<>();
        for (int i = 0; i < cells.length && i < columns.size(); i++) {
            String cell = cells[i] == null ? "" : cells[i].strip();
            if (!cell.isEmpty() && columns.get(i) != null) {
                byColumn.put(columns.get(i), cell);
            }
        }
        if (cells.length > columns.size() && !(cells.length == columns.size() + 1 && cells[cells.length - 1].isBlank())) {
            byColumn.put(ROW_PROBLEM, "the row has " + cells.length + " cells, the header names " + columns.size());
        } else if (unreadableText(cells)) {
            byColumn.put(ROW_PROBLEM, UNREADABLE_ROW);
        }
        return new ImportRow(number, byColumn, line(cells), sourceRows.rowOf(number + 1));
    }

    static final String UNREADABLE_ROW = "the row is not UTF-8 text (some letters cannot be read): save the file as"
            + " \"CSV UTF-8 (comma delimited)\" and import it again";

    /** Marks a row that could not be read: its reason instead of cells. */
    static final String ROW_PROBLEM = "\u0000problem";

    /** Counts the data rows of a stored file (the total a progress bar needs). */
    static long countRows(Path file) throws IOException {
        try (Reader text = withoutBom(Files.newBufferedReader(file, StandardCharsets.UTF_8));
                CSVReader reader = new CSVReaderBuilder(text).build()) {
            long rows = -1;
            try {
                while (reader.readNext() != null) {
                    rows++;
                }
            } catch (CsvException malformed) {
                rows++;
            }
            return Math.max(rows, 0);
        }
    }

    static void copy(InputStream from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static String line(String[] cells) {
        StringWriter out = new StringWriter();
        try (CSVWriter writer = new CSVWriter(out, ',', '"', '"', "")) {
            writer.writeNext(cells, false);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toString();
    }

    private static Reader withoutBom(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
