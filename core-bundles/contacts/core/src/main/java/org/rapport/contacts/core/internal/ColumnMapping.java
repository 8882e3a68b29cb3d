package org.rapport.contacts.core.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.opencsv.CSVReader;
import com.opencsv.CSVWriter;
import com.opencsv.exceptions.CsvException;

import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/**
 * Which column of an import file is which field. Without a mapping the header names the fields itself; with one, each
 * column it names goes to its field (or is skipped when the field is blank) and columns it does not name are
 * skipped. Kept with the job as a small CSV text, so a resumed job reads the file as the first run did.
 */
record ColumnMapping(Map<String, String> fieldByHeader) {

    static final ColumnMapping NONE = new ColumnMapping(Map.of());

    ColumnMapping {
        Map<String, String> stripped = new LinkedHashMap<>();
        fieldByHeader.forEach((header, field) -> stripped.put(header.strip(), field == null ? "" : field.strip()));
        fieldByHeader = Collections.unmodifiableMap(stripped);
    }

    static ColumnMapping of(Map<String, String> fieldByHeader) {
        return fieldByHeader == null || fieldByHeader.isEmpty() ? NONE : new ColumnMapping(fieldByHeader);
    }

    /**
     * The field each column of {@code header} fills ({@code null}: skipped), checked against the fields the entity
     * has and the key.
     */
    List<String> columns(String[] header, List<String> allowed, String key) {
        List<FieldError> errors = new ArrayList<>();
        List<String> columns = fieldByHeader.isEmpty() ? named(header, allowed, errors) : mapped(header, allowed, errors);
        if (!columns.contains(key)) {
            errors.add(new FieldError(fieldByHeader.isEmpty() ? "header" : "mapping", "there is no column '" + key
                    + "', the key rows are matched on" + (fieldByHeader.isEmpty() ? "" : "; map a column to it")));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(fieldByHeader.isEmpty() ? "The file's header row does not name the columns as needed."
                    : "The column mapping does not fit the file.", errors);
        }
        return columns;
    }

    private static List<String> named(String[] header, List<String> allowed, List<FieldError> errors) {
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        allowed.forEach(name -> byLowerCase.put(name.toLowerCase(Locale.ROOT), name));
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String name = cell(header[i]);
            String known = byLowerCase.get(name.toLowerCase(Locale.ROOT));
            if (known == null) {
                errors.add(new FieldError("header", "column " + (i + 1) + " '" + name + "' is not a field; the fields"
                        + " are " + String.join(", ", allowed) + " (or map the columns to fields)"));
            } else if (columns.contains(known)) {
                errors.add(new FieldError("header", "column " + (i + 1) + " '" + name + "' appears twice"));
            }
            columns.add(known);
        }
        return columns;
    }

    private List<String> mapped(String[] header, List<String> allowed, List<FieldError> errors) {
        List<String> headers = new ArrayList<>();
        for (String name : header) {
            headers.add(cell(name));
        }
        fieldByHeader.keySet().stream().filter(name -> !headers.contains(name)).forEach(missing -> errors.add(
                new FieldError("mapping", "'" + missing + "' is not a column of the file; its columns are "
                        + String.join(", ", headers))));
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String field = fieldByHeader.getOrDefault(headers.get(i), "");
            if (field.isEmpty()) {
                columns.add(null);
                continue;
            }
            if (!allowed.contains(field)) {
                errors.add(new FieldError("mapping", "column " + (i + 1) + " '" + headers.get(i) + "' is mapped to '"
                        + field + "', which is not a field; the fields are " + String.join(", ", allowed)));
            } else if (columns.contains(field)) {
                errors.add(new FieldError("mapping", "column " + (i + 1) + " '" + headers.get(i) + "' is mapped to '"
                        + field + "', as is an earlier column"));
            }
            columns.add(field);
        }
        return columns;
    }

    private static String cell(String header) {
        return header == null ? "" : header.strip();
    }

    /** As stored with the job: a CSV line per column, header then field; {@code null} for no mapping. */
    String stored() {
        if (fieldByHeader.isEmpty()) {
            return null;
        }
        StringWriter out = new StringWriter();
        try (CSVWriter writer = new CSVWriter(out)) {
            fieldByHeader.forEach((header, field) -> writer.writeNext(new String[] {header, field}));
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toString();
    }

    static ColumnMapping fromStored(String stored) {
        if (stored == null || stored.isEmpty()) {
            return NONE;
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        try (CSVReader reader = new CSVReader(new StringReader(stored))) {
            for (String[] pair : reader.readAll()) {
                mapping.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
        } catch (IOException | CsvException corrupt) {
            throw new IllegalStateException("The stored column mapping cannot be read: " + stored, corrupt);
        }
        return new ColumnMapping(mapping);
    }
}
