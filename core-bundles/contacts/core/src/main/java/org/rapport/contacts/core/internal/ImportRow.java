package org.rapport.contacts.core.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.rapport.contacts.api.LifecycleStage;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/**
 * One data row of an import file: its cells by column name (blank cells absent) and its place in the file.
 *
 * @param number    the data row's index in the job's file (0 is the first after the header): where a job resumes
 * @param sourceRow the row number the user's own file shows (the header is row 1): what the error file names
 */
record ImportRow(long number, Map<String, String> cells, String line, long sourceRow) {

    /** A row of a CSV upload, numbered as read. */
    ImportRow(long number, Map<String, String> cells, String line) {
        this(number, cells, line, number + 2);
    }

    String cell(String column) {
        return cells.get(column);
    }

    Set<String> tags() {
        String tags = cell("tags");
        return tags == null ? Set.of() : Arrays.stream(tags.split(";")).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    LifecycleStage stage() {
        String stage = cell("stage");
        if (stage == null) {
            return null;
        }
        try {
            return LifecycleStage.valueOf(stage.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ApiProblem.invalid("Unknown stage.", List.of(new FieldError("stage",
                    "'" + stage + "' is not one of lead, prospect, customer, former")));
        }
    }

    /**
     * Why the row was refused, in the file's terms: the column, then what is wrong ({@code email: 'x' is not an
     * email address}).
     */
    static String reason(ApiProblem problem) {
        if (problem.fieldErrors().isEmpty()) {
            return problem.detail();
        }
        return problem.fieldErrors().stream().map(error -> column(error.field()) + ": " + error.message())
                .distinct().collect(Collectors.joining("; "));
    }

    private static String column(String field) {
        if (field.startsWith("emails")) {
            return "email";
        }
        if (field.startsWith("phones")) {
            return "phone";
        }
        if (field.startsWith("affiliations")) {
            return "organization";
        }
        return field;
    }
}
