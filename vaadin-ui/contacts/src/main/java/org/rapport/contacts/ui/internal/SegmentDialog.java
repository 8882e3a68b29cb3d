package org.rapport.contacts.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.rapport.contacts.api.CustomFilter;
import org.rapport.contacts.api.LifecycleStage;
import org.rapport.contacts.api.Segment;
import org.rapport.contacts.api.Segments;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Saves a new segment: a name and at least one of a search (folded like the list's), a stage and a tag; shared with
 * everyone who may read people, or the creator's own. A refused field shows its reason beside it and the dialog keeps
 * what was typed.
 */
final class SegmentDialog {

    private SegmentDialog() {
    }

    /** What a new segment starts from: nothing (the Segments page) or a list's filters ("Save as segment"). */
    record Start(String text, LifecycleStage stage, String tag, List<CustomFilter> custom, List<String> customWords) {

        static final Start EMPTY = new Start(null, null, null, List.of(), List.of());
    }

    static void open(Component page, Segments segments, Consumer<Segment> saved) {
        open(page, segments, Start.EMPTY, saved);
    }

    static void open(Component page, Segments segments, Start start, Consumer<Segment> saved) {
        Dialog dialog = new Dialog();
        dialog.setId("segment-dialog");
        dialog.setHeaderTitle(page.getTranslation("contacts.segments.new"));
        TextField name = new TextField(page.getTranslation("contacts.segments.name"));
        name.setId("segment-name");
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        TextField text = new TextField(page.getTranslation("contacts.segments.text"));
        text.setId("segment-text");
        text.setMaxLength(500);
        text.setHelperText(page.getTranslation("contacts.segments.text.hint"));
        text.setValue(start.text() == null ? "" : start.text());
        Select<LifecycleStage> stage = new Select<>();
        stage.setId("segment-stage");
        stage.setLabel(page.getTranslation(ContactKind.PERSON.fieldKey("stage")));
        stage.setItems(LifecycleStage.values());
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(page.getTranslation("contacts.stage.all"));
        stage.setItemLabelGenerator(value -> value == null ? page.getTranslation("contacts.stage.all")
                : Texts.stage(page, value));
        stage.setValue(start.stage());
        TextField tag = new TextField(page.getTranslation(ContactKind.PERSON.fieldKey("tags")));
        tag.setId("segment-tag");
        tag.setMaxLength(50);
        tag.setValue(start.tag() == null ? "" : start.tag());
        // conditions on custom fields come from the list's filters and are saved as they are
        Paragraph conditions = new Paragraph(start.customWords().isEmpty() ? ""
                : page.getTranslation("contacts.segments.customConditions", String.join(" · ", start.customWords())));
        conditions.setId("segment-custom-conditions");
        conditions.setVisible(!start.customWords().isEmpty());
        Paragraph conditionRefusals = new Paragraph();
        conditionRefusals.setId("segment-custom-refused");
        conditionRefusals.getStyle().set("color", "var(--lumo-error-text-color)");
        conditionRefusals.setVisible(false);
        Checkbox shared = new Checkbox(page.getTranslation("contacts.segments.shareWithAll"));
        shared.setId("segment-shared");
        Map<String, HasValidation> byField = Map.of("name", name, "text", text, "tag", tag);

        Button save = new Button(page.getTranslation("contacts.segments.save"), click -> {
            FieldRefusals.clear(byField);
            conditionRefusals.setVisible(false);
            Segment created;
            try {
                created = segments.create(name.getValue(), blankAsNull(text.getValue()), stage.getValue(),
                        blankAsNull(tag.getValue()), start.custom(), shared.getValue());
            } catch (ApiProblem refused) {
                List<String> onConditions = refused.fieldErrors() == null ? List.of() : refused.fieldErrors().stream()
                        .filter(error -> error.field() != null && error.field().startsWith("custom"))
                        .map(error -> ProblemTexts.translate(page, error.message())).toList();
                if (onConditions.isEmpty()) {
                    FieldRefusals.show(page, byField, refused);
                } else {
                    List<FieldError> onFields = refused.fieldErrors().stream()
                            .filter(error -> error.field() == null || !error.field().startsWith("custom")).toList();
                    if (!onFields.isEmpty()) {
                        FieldRefusals.show(page, byField, ApiProblem.invalid(refused.getMessage(), onFields));
                    }
                    conditionRefusals.setText(String.join(" ", onConditions));
                    conditionRefusals.setVisible(true);
                }
                return;
            }
            dialog.close();
            saved.accept(created);
        });
        save.setId("segment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(page.getTranslation("contacts.form.cancel"), click -> dialog.close());
        FormLayout form = new FormLayout(name, text, stage, tag, shared);
        form.setColspan(shared, 2);
        form.setWidth("min(36rem, 85vw)");
        dialog.add(form, conditions, conditionRefusals);
        dialog.getFooter().add(cancel, save);
        dialog.open();
        name.focus();
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
