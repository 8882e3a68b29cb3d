package org.rapport.contacts.ui.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

/**
 * An import's error file as its reader should find it: the column titles in their language, and each refused row's
 * problems under the file's own column headers, worded in their language. The module words a reason as
 * {@code field: what is wrong}, several joined by {@code "; "}; a problem no pattern of {@link ProblemTexts} knows
 * keeps the module's words, so nothing is ever left out.
 */
final class ImportErrorTexts {

    /** Where the next problem of a reason starts: {@code "; email: …"}, fields being names like {@code custom.vip}. */
    private static final Pattern NEXT_PROBLEM = Pattern.compile("; (?=[A-Za-z][A-Za-z0-9_.]*: )");
    private static final Pattern FIELD_PROBLEM = Pattern.compile("([A-Za-z][A-Za-z0-9_.]*): (.*)", Pattern.DOTALL);

    private final Component words;
    private final Map<String, String> headerOfField = new HashMap<>();

    /**
     * @param words   translates (the page the file is downloaded from: its user's language)
     * @param mapping the job's column header to field, as the job read the file; empty when the headers were the
     *                field names themselves
     */
    ImportErrorTexts(Component words, Map<String, String> mapping) {
        this.words = words;
        mapping.forEach((header, field) -> {
            if (field != null && !field.isBlank()) {
                headerOfField.put(field, header.strip());
            }
        });
    }

    /** The titles of the file's three columns. */
    List<String> header() {
        return List.of(words.getTranslation("contacts.import.errorFile.row"),
                words.getTranslation("contacts.import.errorFile.reason"),
                words.getTranslation("contacts.import.errorFile.line"));
    }

    /** The module's reason for a refused row, for the reader. */
    String reason(String moduleReason) {
        return Arrays.stream(NEXT_PROBLEM.split(moduleReason)).map(this::problem)
                .collect(Collectors.joining(words.getTranslation("contacts.import.errorFile.separator")));
    }

    private String problem(String problem) {
        Matcher field = FIELD_PROBLEM.matcher(problem);
        if (!field.matches()) {
            return ProblemTexts.translate(words, problem);
        }
        return column(field.group(1)) + ": " + ProblemTexts.translate(words, field.group(2));
    }

    /** The column as the file names it; a field no column filled (a rule about it) by its title. */
    private String column(String field) {
        String header = headerOfField.get(field);
        if (header != null) {
            return header;
        }
        return headerOfField.isEmpty() ? field : ImportMapping.fieldLabel(words, field);
    }
}
