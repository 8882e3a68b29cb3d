package org.rapport.contacts.core.internal;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.CSVWriter;
import com.opencsv.exceptions.CsvException;

import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/**
 * A stored import file, read with opencsv: the header says which cell is which field, then rows are read in order
 * from any row on (to resume a job where it stopped).
 */
final class ImportFile implements Closeable {

    private final CSVReader reader;
    private final List<String> columns;
    private long nextRow;

    private ImportFile(CSVReader reader, List<String> columns) {
        this.reader = reader;
        this.columns = columns;
    }

    /** Opens the file and checks its header against the columns the entity has and the key. */
    static ImportFile open(Path file, List<String> allowed, String key) throws IOException {
        Reader text = withoutBom(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        CSVReader reader = new CSVReaderBuilder(text).build();
        try {
            String[] header = reader.readNext();
            if (header == null) {
                throw ApiProblem.invalid("The file is empty.", List.of(new FieldError("file",
                        "needs a header row naming the columns, e.g. firstName,lastName,email,phone")));
            }
            return new ImportFile(reader, header(header, allowed, key));
        } catch (CsvException | RuntimeException failed) {
            reader.close();
            if (failed instanceof ApiProblem problem) {
                throw problem;
            }
            throw ApiProblem.invalid("The file is not a CSV file that can be read.", List.of(new FieldError("file",
                    failed.getMessage())));
        }
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
                    + malformed.getMessage()), "");
        }
        if (cells == null) {
            return null;
        }
        long number = nextRow++;
        Map<String, String> byColumn = new HashMap<>();
        for (int i = 0; i < cells.length && i < columns.size(); i++) {
            String cell = cells[i] == null ? "" : cells[i].strip();
            if (!cell.isEmpty()) {
                byColumn.put(columns.get(i), cell);
            }
        }
        if (cells.length > columns.size() && !(cells.length == columns.size() + 1 && cells[cells.length - 1].isBlank())) {
            byColumn.put(ROW_PROBLEM, "the row has " + cells.length + " cells, the header names " + columns.size());
        }
        return new ImportRow(number, byColumn, line(cells));
    }

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

    private static List<String> header(String[] header, List<String> allowed, String key) {
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        allowed.forEach(name -> byLowerCase.put(name.toLowerCase(Locale.ROOT), name));
        List<String> columns = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i] == null ? "" : header[i].strip();
            String known = byLowerCase.get(name.toLowerCase(Locale.ROOT));
            if (known == null) {
                errors.add(new FieldError("header", "column " + (i + 1) + " '" + name + "' is not a field; the fields"
                        + " are " + String.join(", ", allowed)));
            } else if (columns.contains(known)) {
                errors.add(new FieldError("header", "column " + (i + 1) + " '" + name + "' appears twice"));
            }
            columns.add(known);
        }
        if (!columns.contains(key)) {
            errors.add(new FieldError("header", "there is no column '" + key + "', the key rows are matched on"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid("The file's header row does not name the columns as needed.", errors);
        }
        return columns;
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
