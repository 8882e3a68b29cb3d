package org.rapport.contacts.core.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.opencsv.CSVWriter;

/**
 * The columns of a CSV export and how each is read from a record; columns of fields hidden from the caller are left
 * out entirely, so an export never shows more than the screen does.
 */
final class CsvExport<R> {

    private final Map<String, Function<R, String>> columns = new LinkedHashMap<>();
    private final Map<String, String> fieldOfColumn = new LinkedHashMap<>();

    CsvExport<R> column(String name, String field, Function<R, String> value) {
        columns.put(name, value);
        fieldOfColumn.put(name, field);
        return this;
    }

    CSVWriter start(Writer out, Set<String> hidden) {
        CSVWriter csv = new CSVWriter(out);
        csv.writeNext(visible(hidden).toArray(String[]::new));
        return csv;
    }

    void write(CSVWriter csv, R record, Set<String> hidden) {
        csv.writeNext(visible(hidden).stream().map(column -> {
            String value = columns.get(column).apply(record);
            return value == null ? "" : value;
        }).toArray(String[]::new));
    }

    void finish(CSVWriter csv) throws IOException {
        csv.flush();
    }

    private List<String> visible(Set<String> hidden) {
        return columns.keySet().stream().filter(column -> !hidden.contains(fieldOfColumn.get(column))).toList();
    }

    static String joined(java.util.Collection<?> values, Function<Object, String> text) {
        return values.isEmpty() ? null : String.join(";", values.stream().map(text).toList());
    }
}
