package org.rapport.contacts.ui.internal;

import java.util.Map;
import java.util.function.Consumer;

import org.rapport.contacts.api.LifecycleStage;
import org.rapport.contacts.api.Segment;
import org.rapport.contacts.api.Segments;
import org.rapport.platform.api.web.ApiProblem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
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

    static void open(Component page, Segments segments, Consumer<Segment> saved) {
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
        Select<LifecycleStage> stage = new Select<>();
        stage.setId("segment-stage");
        stage.setLabel(page.getTranslation(ContactKind.PERSON.fieldKey("stage")));
        stage.setItems(LifecycleStage.values());
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(page.getTranslation("contacts.stage.all"));
        stage.setItemLabelGenerator(value -> value == null ? page.getTranslation("contacts.stage.all")
                : Texts.stage(page, value));
        TextField tag = new TextField(page.getTranslation(ContactKind.PERSON.fieldKey("tags")));
        tag.setId("segment-tag");
        tag.setMaxLength(50);
        Checkbox shared = new Checkbox(page.getTranslation("contacts.segments.shareWithAll"));
        shared.setId("segment-shared");
        Map<String, HasValidation> byField = Map.of("name", name, "text", text, "tag", tag);

        Button save = new Button(page.getTranslation("contacts.segments.save"), click -> {
            FieldRefusals.clear(byField);
            Segment created;
            try {
                created = segments.create(name.getValue(), blankAsNull(text.getValue()), stage.getValue(),
                        blankAsNull(tag.getValue()), shared.getValue());
            } catch (ApiProblem refused) {
                FieldRefusals.show(page, byField, refused);
                return;
            }
            dialog.close();
            saved.accept(created);
        });
        save.setId("segment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(page.getTranslation("contacts.form.cancel"), click -> dialog.close());
        FormLayout form = new FormLayout(name, text, stage, tag, shared);
        form.setWidth("min(36rem, 85vw)");
        dialog.add(form);
        dialog.getFooter().add(cancel, save);
        dialog.open();
        name.focus();
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
