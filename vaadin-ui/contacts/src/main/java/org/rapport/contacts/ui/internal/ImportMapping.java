package org.rapport.contacts.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.rapport.contacts.api.ImportPreview;
import org.rapport.platform.api.web.ApiProblem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * Step 2 of the import: a select per CSV column (a field, or skip), prefilled with the module's suggestion; the first
 * rows as they will be read (a skipped column struck through); the key rows are matched on and the dry-run switch.
 */
final class ImportMapping extends Div {

    private static final long serialVersionUID = 1L;
    static final String SKIP = "";

    /** What "start" does with the user's choices; may throw the module's {@link ApiProblem}. */
    @FunctionalInterface
    interface Start {
        void start(String key, Map<String, String> mapping, boolean dryRun);
    }

    private final ImportPreview preview;
    private final List<Select<String>> fields = new ArrayList<>();
    private final Select<String> key = new Select<>();
    private final Checkbox dryRun = new Checkbox();
    private final Grid<List<String>> rows = new Grid<>();
    private final Div problem = new Div();

    ImportMapping(String fileName, ImportPreview preview, Start start, Runnable back) {
        this.preview = preview;
        setId("contacts-import-mapping");
        Paragraph file = new Paragraph(getTranslation("contacts.import.file.name", Texts.ltr(fileName)));
        Paragraph hint = new Paragraph(getTranslation("contacts.import.mapping.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)");

        FormLayout columns = new FormLayout();
        columns.setId("contacts-import-columns");
        columns.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("50em", 3), new FormLayout.ResponsiveStep("70em", 4));
        List<String> choices = new ArrayList<>();
        choices.add(SKIP);
        choices.addAll(preview.fields());
        for (int i = 0; i < preview.header().size(); i++) {
            Select<String> field = new Select<>();
            field.setId("contacts-import-column-" + i);
            field.setLabel(preview.header().get(i).isEmpty() ? "#" + (i + 1) : preview.header().get(i));
            field.setItems(choices);
            field.setItemLabelGenerator(name -> fieldLabel(this, name));
            String suggested = preview.suggested().get(i);
            field.setValue(suggested == null ? SKIP : suggested);
            field.addValueChangeListener(change -> mappingChanged());
            fields.add(field);
            columns.add(field);
        }

        rows.setId("contacts-import-preview");
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        rows.setAllRowsVisible(true);
        for (int i = 0; i < preview.header().size(); i++) {
            int column = i;
            rows.addComponentColumn(row -> cell(row, column)).setAutoWidth(true).setResizable(true);
        }
        rows.setItems(preview.rows());

        key.setId("contacts-import-key");
        key.setLabel(getTranslation("contacts.import.key"));
        key.setItems(preview.keys());
        key.setItemLabelGenerator(name -> fieldLabel(this, name));
        key.setValue(preview.keys().stream().filter(mapped()::contains).findFirst().orElse(preview.keys().get(0)));
        dryRun.setId("contacts-import-dry-run");
        dryRun.setLabel(getTranslation("contacts.import.dryRun"));
        Paragraph keyHint = new Paragraph();
        key.addValueChangeListener(change -> keyHint.setText(getTranslation("contacts.import.key.hint",
                fieldLabel(this, change.getValue()))));
        keyHint.setText(getTranslation("contacts.import.key.hint", fieldLabel(this, key.getValue())));
        keyHint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");

        problem.setId("contacts-import-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-line");
        Button go = new Button(getTranslation("contacts.import.start"), VaadinIcon.UPLOAD.create());
        go.setId("contacts-import-start");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dryRun.addValueChangeListener(change -> go.setText(getTranslation(change.getValue() ? "contacts.import.startDry"
                : "contacts.import.start")));
        go.addClickListener(click -> {
            if (!mapped().contains(key.getValue())) {
                problem.setText(getTranslation("contacts.import.keyNotMapped", fieldLabel(this, key.getValue())));
                return;
            }
            try {
                start.start(key.getValue(), mapping(), dryRun.getValue());
            } catch (ApiProblem refused) {
                problem.setText(getTranslation("contacts.import.refused", problemText(this, refused)));
            }
        });
        Button another = new Button(getTranslation("contacts.import.back"), click -> back.run());
        another.setId("contacts-import-back");
        HorizontalLayout actions = new HorizontalLayout(go, another);
        HorizontalLayout keyRow = new HorizontalLayout(key, dryRun);
        keyRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(file, hint, columns, new H4(getTranslation("contacts.import.preview")), rows, keyRow, keyHint, problem,
                actions);
        mappingChanged();
    }

    /** Header to field ({@link #SKIP} for skipped columns), every column named: the mapping is the whole story. */
    Map<String, String> mapping() {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            mapping.putIfAbsent(preview.header().get(i), fields.get(i).getValue());
        }
        return mapping;
    }

    private List<String> mapped() {
        return fields.stream().map(Select::getValue).filter(value -> !SKIP.equals(value)).toList();
    }

    private void mappingChanged() {
        problem.setText("");
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i).getValue();
            Span header = new Span(fieldLabel(this, field));
            header.setTitle(preview.header().get(i));
            if (SKIP.equals(field)) {
                header.getStyle().set("color", "var(--lumo-disabled-text-color)");
            }
            rows.getColumns().get(i).setHeader(header);
        }
        rows.getDataProvider().refreshAll();
        List<String> twice = mapped().stream().collect(Collectors.groupingBy(f -> f, Collectors.counting()))
                .entrySet().stream().filter(entry -> entry.getValue() > 1).map(entry -> fieldLabel(this,
                        entry.getKey())).sorted().toList();
        if (!twice.isEmpty()) {
            problem.setText(getTranslation("contacts.import.twice", String.join(", ", twice)));
        }
    }

    private Component cell(List<String> row, int column) {
        Span cell = new Span(column < row.size() ? row.get(column) : "");
        if (SKIP.equals(fields.get(column).getValue())) {
            cell.getStyle().set("color", "var(--lumo-disabled-text-color)").set("text-decoration", "line-through");
        }
        return cell;
    }

    /** A field's title for a user: {@code contacts.import.field.<name>}; "skip" for {@link #SKIP}. */
    static String fieldLabel(Component component, String field) {
        if (field == null || field.isEmpty()) {
            return component.getTranslation("contacts.import.mapping.skip");
        }
        if (field.startsWith("custom.")) {
            // custom fields are named by the admin who made them; their key is what the file and the form share
            return field.substring("custom.".length());
        }
        return component.getTranslation("contacts.import.field." + field);
    }

    /** The module's problem as one text: what is wrong, then each point on a line of its own. */
    static String problemText(Component component, ApiProblem problem) {
        String detail = ProblemTexts.translate(component, problem.detail());
        if (problem.fieldErrors().isEmpty()) {
            return detail;
        }
        return detail + "\n" + problem.fieldErrors().stream()
                .map(error -> ProblemTexts.translate(component, error.message())).collect(Collectors.joining("\n"));
    }
}
