package org.rapport.contacts.ui.internal;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Repeatable value-and-label rows (emails, phones): add a row, remove one. Rows keep their fields when others are
 * removed, so an error message stays next to the value it is about.
 */
final class EntryRows extends Div {

    private static final long serialVersionUID = 1L;

    /** One row: the value (an address, a number) and its free-text label. */
    record Row(HorizontalLayout layout, TextField value, TextField label) {
    }

    private final String idPrefix;
    private final String valueText;
    private final String labelText;
    private final String removeText;
    private final Div rows = new Div();
    private final List<Row> list = new ArrayList<>();
    private final Button add;
    private int created;

    EntryRows(String idPrefix, String title, String valueText, String labelText, String addText, String removeText) {
        this.idPrefix = idPrefix;
        this.valueText = valueText;
        this.labelText = labelText;
        this.removeText = removeText;
        setId(idPrefix);
        Span heading = new Span(title);
        heading.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("font-weight", "500");
        add = new Button(addText, VaadinIcon.PLUS.create(), click -> addRow("", "").value().focus());
        add.setId(idPrefix + "-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(heading, rows, add);
    }

    Row addRow(String value, String label) {
        int number = created++;
        TextField valueField = new TextField();
        valueField.setAriaLabel(valueText);
        valueField.setPlaceholder(valueText);
        valueField.setValue(value == null ? "" : value);
        valueField.setId(idPrefix + "-" + number);
        valueField.getStyle().set("flex", "2 1 12rem");
        Texts.typedDirectionAuto(valueField);
        TextField labelField = new TextField();
        labelField.setAriaLabel(labelText);
        labelField.setPlaceholder(labelText);
        labelField.setValue(label == null ? "" : label);
        labelField.getStyle().set("flex", "1 1 6rem");
        HorizontalLayout layout = new HorizontalLayout(valueField, labelField);
        Row row = new Row(layout, valueField, labelField);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
            list.remove(row);
            rows.remove(layout);
        });
        remove.setAriaLabel(removeText);
        remove.setTooltipText(removeText);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        layout.add(remove);
        layout.setWidthFull();
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        list.add(row);
        rows.add(layout);
        return row;
    }

    List<Row> rows() {
        return List.copyOf(list);
    }

    /** Read-only for this user: shown, not changeable. */
    void disable() {
        list.forEach(row -> row.layout().setEnabled(false));
        add.setVisible(false);
    }

    void clearErrors() {
        for (Row row : list) {
            row.value().setInvalid(false);
            row.label().setInvalid(false);
        }
    }
}
