package org.rapport.contacts.ui.internal;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

import org.rapport.contacts.api.CustomFieldDefinition;
import org.rapport.contacts.api.CustomFieldType;
import org.rapport.contacts.api.CustomFields;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/**
 * Administration → Custom fields: the fields admins add to people and organizations while the system runs. A field's
 * key and type are fixed once defined; retiring hides it everywhere and keeps its values, restoring brings them back.
 */
public final class CustomFieldsView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient CustomFields fields;
    private final Select<String> entity = new Select<>();
    private final Grid<CustomFieldDefinition> grid = new Grid<>();

    public CustomFieldsView(CustomFields fields) {
        this.fields = fields;
        setId("custom-fields-page");
        setSizeFull();
        H2 heading = new H2(getTranslation("contacts.customFields.title"));
        heading.getStyle().set("margin", "0");
        entity.setId("custom-fields-entity");
        entity.setAriaLabel(getTranslation("contacts.customFields.entity"));
        entity.setItems(CustomFieldDefinition.PERSON, CustomFieldDefinition.ORGANIZATION);
        entity.setItemLabelGenerator(value -> getTranslation("contacts." + (value.equals(CustomFieldDefinition.PERSON)
                ? "persons" : "organizations") + ".title"));
        entity.setValue(CustomFieldDefinition.PERSON);
        entity.addValueChangeListener(change -> refresh());
        Button add = new Button(getTranslation("contacts.customFields.new"), VaadinIcon.PLUS.create(),
                click -> edit(null));
        add.setId("custom-field-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div spacer = new Div();
        HorizontalLayout top = new HorizontalLayout(heading, entity, spacer, add);
        top.setFlexGrow(1, spacer);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.getStyle().set("margin-bottom", "var(--lumo-space-m)");

        grid.setId("custom-fields-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CustomFieldDefinition::label).setHeader(getTranslation("contacts.customFields.label"))
                .setAutoWidth(true);
        grid.addColumn(field -> Texts.ltr(field.key())).setHeader(getTranslation("contacts.customFields.key"))
                .setAutoWidth(true);
        grid.addColumn(field -> getTranslation("contacts.customFields.type." + field.type().name()))
                .setHeader(getTranslation("contacts.customFields.type")).setAutoWidth(true);
        grid.addColumn(field -> yesNo(field.required())).setHeader(getTranslation("contacts.customFields.required"))
                .setAutoWidth(true);
        grid.addColumn(field -> yesNo(field.showInList()))
                .setHeader(getTranslation("contacts.customFields.showInList")).setAutoWidth(true);
        grid.addColumn(field -> getTranslation(field.retired() ? "contacts.customFields.retired"
                : "contacts.customFields.active")).setHeader(getTranslation("contacts.customFields.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        Div page = new Div(top, grid);
        page.getStyle().set("padding", "var(--lumo-space-l)").set("box-sizing", "border-box");
        add(page);
        refresh();
    }

    private HorizontalLayout actions(CustomFieldDefinition field) {
        Button edit = new Button(getTranslation("contacts.customFields.edit"), click -> edit(field));
        edit.getElement().setAttribute("data-action", "edit-" + field.key());
        Button retire = new Button(getTranslation(field.retired() ? "contacts.customFields.restore"
                : "contacts.customFields.retire"), click -> {
                    try {
                        if (field.retired()) {
                            fields.restore(field.entity(), field.key());
                        } else {
                            fields.retire(field.entity(), field.key());
                        }
                        Texts.notice(getTranslation(field.retired() ? "contacts.customFields.restoredNotice"
                                : "contacts.customFields.retiredNotice", field.label()),
                                NotificationVariant.LUMO_SUCCESS);
                    } catch (ApiProblem problem) {
                        Texts.notice(ProblemTexts.translate(this, problem.detail()), NotificationVariant.LUMO_ERROR);
                    }
                    refresh();
                });
        retire.getElement().setAttribute("data-action", (field.retired() ? "restore-" : "retire-") + field.key());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        retire.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(edit, retire);
    }

    private void refresh() {
        grid.setItems(fields.definitions(entity.getValue(), true));
    }

    /** The editor for a new field ({@code null}) or a defined one; the module's field errors land on its inputs. */
    private void edit(CustomFieldDefinition existing) {
        Dialog dialog = new Dialog();
        dialog.setId("custom-field-dialog");
        dialog.setHeaderTitle(existing == null ? getTranslation("contacts.customFields.new") : existing.label());
        TextField label = new TextField(getTranslation("contacts.customFields.label"));
        label.setId("custom-field-label");
        TextField key = new TextField(getTranslation("contacts.customFields.key"));
        key.setId("custom-field-key");
        key.setHelperText(getTranslation("contacts.customFields.key.help"));
        Texts.typedDirectionAuto(key);
        Select<CustomFieldType> type = new Select<>();
        type.setId("custom-field-type");
        type.setLabel(getTranslation("contacts.customFields.type"));
        type.setItems(CustomFieldType.values());
        type.setItemLabelGenerator(value -> getTranslation("contacts.customFields.type." + value.name()));
        TextArea choices = new TextArea(getTranslation("contacts.customFields.choices"));
        choices.setId("custom-field-choices");
        choices.setHelperText(getTranslation("contacts.customFields.choices.help"));
        Checkbox required = new Checkbox(getTranslation("contacts.customFields.required"));
        required.setId("custom-field-required");
        Checkbox showInList = new Checkbox(getTranslation("contacts.customFields.showInList"));
        showInList.setId("custom-field-show-in-list");
        if (existing != null) {
            label.setValue(existing.label());
            key.setValue(existing.key());
            key.setEnabled(false);
            type.setValue(existing.type());
            type.setEnabled(false);
            choices.setValue(String.join("\n", existing.choices()));
            required.setValue(existing.required());
            showInList.setValue(existing.showInList());
        } else {
            type.setValue(CustomFieldType.TEXT);
        }
        choices.setVisible(takesChoices(type.getValue()));
        type.addValueChangeListener(change -> choices.setVisible(takesChoices(change.getValue())));
        FormLayout form = new FormLayout(label, key, type, choices, required, showInList);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        dialog.add(form);
        Button save = new Button(getTranslation("contacts.form.save"), click -> {
            List<String> choiceList = takesChoices(type.getValue()) ? Arrays.stream(choices.getValue().split("\n"))
                    .map(String::strip).filter(choice -> !choice.isEmpty()).toList() : List.of();
            CustomFieldDefinition wanted = new CustomFieldDefinition(entity.getValue(), key.getValue().strip(),
                    label.getValue(), type.getValue(), required.getValue(), choiceList, showInList.getValue(),
                    existing == null ? Integer.MAX_VALUE : existing.position(), false);
            try {
                CustomFieldDefinition saved = existing == null ? fields.define(wanted) : fields.change(wanted);
                dialog.close();
                Texts.notice(getTranslation("contacts.customFields.saved", saved.label()),
                        NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (ApiProblem problem) {
                List.<HasValidation>of(label, key, type, choices).forEach(input -> input.setInvalid(false));
                for (FieldError error : problem.fieldErrors()) {
                    HasValidation target = switch (error.field().replaceAll("\\[\\d+\\]$", "")) {
                        case "key" -> key;
                        case "type" -> type;
                        case "choices" -> choices;
                        default -> label;
                    };
                    target.setErrorMessage(ProblemTexts.translate(this, error.message()));
                    target.setInvalid(true);
                }
                Texts.notice(ProblemTexts.translate(this, problem.detail()), NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("custom-field-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("contacts.form.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, save);
        add(dialog);
        dialog.open();
    }

    private static boolean takesChoices(CustomFieldType type) {
        return type == CustomFieldType.CHOICE || type == CustomFieldType.MULTI_CHOICE;
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "contacts.custom.yes" : "contacts.custom.no");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contacts.customFields.title");
    }
}
