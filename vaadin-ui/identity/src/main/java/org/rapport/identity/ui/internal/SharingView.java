package org.rapport.identity.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapport.identity.api.RecordTypeView;
import org.rapport.identity.api.RoleAdmin;
import org.rapport.identity.api.RoleView;
import org.rapport.identity.api.SharingAdmin;
import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.access.OrgWideDefault;
import org.rapport.platform.api.access.RecordType;
import org.rapport.platform.api.web.ApiProblem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Administration → Sharing: who sees records they do not own (each installed record type's org-wide default), and
 * which fields each role may not see or change. Every choice is saved at once; the identity module refuses what it
 * does not accept and the page shows its reason.
 */
public final class SharingView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient SharingAdmin sharing;
    private final transient RoleAdmin roles;
    private final Grid<RecordTypeView> defaults = new Grid<>();
    private final ComboBox<String> role = new ComboBox<>();
    private final Div rules = new Div();

    public SharingView(SharingAdmin sharing, RoleAdmin roles) {
        this.sharing = sharing;
        this.roles = roles;
        setId("sharing-page");
        setSizeFull();
        Div page = new Div();
        page.getStyle().set("padding", "var(--lumo-space-l)").set("box-sizing", "border-box").set("overflow", "auto")
                .set("height", "100%");
        H2 heading = new H2(getTranslation("identity.sharing.title"));
        heading.getStyle().set("margin", "0 0 var(--lumo-space-s) 0");
        page.add(heading, new Paragraph(getTranslation("identity.sharing.intro")));

        page.add(new H3(getTranslation("identity.sharing.defaults")));
        defaults.setId("sharing-defaults");
        defaults.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        defaults.setAllRowsVisible(true);
        defaults.addColumn(type -> getTranslation(type.titleKey())).setHeader(getTranslation("identity.sharing.type"))
                .setAutoWidth(true).setFlexGrow(1);
        defaults.addColumn(RecordTypeView::module).setHeader(getTranslation("identity.sharing.module")).setAutoWidth(true);
        defaults.addComponentColumn(this::defaultChoice).setHeader(getTranslation("identity.sharing.default"))
                .setAutoWidth(true).setFlexGrow(1);
        defaults.addColumn(type -> getTranslation("identity.sharing.default." + type.initialDefault().name()))
                .setHeader(getTranslation("identity.sharing.initial")).setAutoWidth(true);
        page.add(defaults, new Paragraph(getTranslation("identity.sharing.defaultsHelp")));

        page.add(new H3(getTranslation("identity.sharing.fieldRules")));
        page.add(new Paragraph(getTranslation("identity.sharing.fieldRulesHelp")));
        role.setId("sharing-role");
        role.setLabel(getTranslation("identity.roles.name"));
        role.addValueChangeListener(change -> showRules(change.getValue()));
        page.add(role, rules);
        add(page);
        refresh();
    }

    private void refresh() {
        List<RecordTypeView> types = sharing.recordTypes();
        defaults.setItems(types);
        // Field rules do not apply to a role with every permission: it is not offered.
        role.setItems(roles.roles().stream().filter(r -> !r.allPermissions()).map(RoleView::name).sorted().toList());
        showRules(role.getValue());
    }

    private Component defaultChoice(RecordTypeView type) {
        Select<OrgWideDefault> choice = new Select<>();
        choice.setItems(OrgWideDefault.values());
        choice.setItemLabelGenerator(value -> getTranslation("identity.sharing.default." + value.name()));
        choice.setValue(type.orgWideDefault());
        choice.setWidthFull();
        choice.getElement().setAttribute("data-default", type.id());
        choice.getElement().setAttribute("data-value", type.orgWideDefault().name());
        choice.setAriaLabel(getTranslation("identity.sharing.default") + ": " + getTranslation(type.titleKey()));
        choice.addValueChangeListener(change -> {
            if (!change.isFromClient() || change.getValue() == null) {
                return;
            }
            try {
                RecordTypeView changed = sharing.setOrgWideDefault(type.id(), change.getValue());
                choice.getElement().setAttribute("data-value", changed.orgWideDefault().name());
                notice(getTranslation("identity.sharing.defaultSaved", getTranslation(type.titleKey()),
                        getTranslation("identity.sharing.default." + changed.orgWideDefault().name())),
                        NotificationVariant.LUMO_SUCCESS);
            } catch (ApiProblem problem) {
                notice(problem.detail(), NotificationVariant.LUMO_ERROR);
                refresh();
            }
        });
        return choice;
    }

    private void showRules(String roleName) {
        rules.removeAll();
        if (roleName == null) {
            rules.add(new Paragraph(getTranslation("identity.sharing.pickRole")));
            return;
        }
        Map<String, Map<String, FieldRule>> stored;
        try {
            stored = sharing.fieldRules(roleName);
        } catch (ApiProblem problem) {
            notice(problem.detail(), NotificationVariant.LUMO_ERROR);
            return;
        }
        for (RecordTypeView type : sharing.recordTypes()) {
            if (type.fields().isEmpty()) {
                continue;
            }
            Map<String, FieldRule> current = new HashMap<>(stored.getOrDefault(type.id(), Map.of()));
            H4 title = new H4(getTranslation(type.titleKey()));
            title.getStyle().set("margin-block", "var(--lumo-space-l) var(--lumo-space-s)");
            rules.add(title);
            Grid<RecordType.Field> fields = new Grid<>();
            fields.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            fields.setAllRowsVisible(true);
            fields.getElement().setAttribute("data-field-rules", type.id());
            fields.addColumn(field -> field.title(this::getTranslation)).setHeader(getTranslation("identity.sharing.field"))
                    .setFlexGrow(1);
            fields.addColumn(RecordType.Field::name).setHeader(getTranslation("identity.sharing.fieldName"))
                    .setAutoWidth(true);
            fields.addComponentColumn(field -> ruleChoice(roleName, type, field, current))
                    .setHeader(getTranslation("identity.sharing.rule")).setFlexGrow(1);
            fields.setItems(type.fields());
            rules.add(fields);
        }
        if (rules.getComponentCount() == 0) {
            rules.add(new Span(getTranslation("identity.sharing.noFields")));
        }
    }

    private Component ruleChoice(String roleName, RecordTypeView type, RecordType.Field field,
            Map<String, FieldRule> current) {
        Select<FieldRule> choice = new Select<>();
        choice.setItems(FieldRule.values());
        choice.setItemLabelGenerator(value -> getTranslation("identity.sharing.rule." + value.name()));
        choice.setValue(current.getOrDefault(field.name(), FieldRule.EDITABLE));
        choice.setWidthFull();
        choice.getElement().setAttribute("data-rule", type.id() + "/" + field.name());
        choice.setAriaLabel(getTranslation("identity.sharing.rule") + ": " + field.title(this::getTranslation));
        choice.addValueChangeListener(change -> {
            if (!change.isFromClient() || change.getValue() == null) {
                return;
            }
            Map<String, FieldRule> wanted = new HashMap<>(current);
            wanted.put(field.name(), change.getValue());
            try {
                Map<String, FieldRule> saved = sharing.setFieldRules(roleName, type.id(), wanted);
                current.clear();
                current.putAll(saved);
                notice(getTranslation("identity.sharing.ruleSaved", field.title(this::getTranslation), roleName,
                        getTranslation("identity.sharing.rule." + change.getValue().name())),
                        NotificationVariant.LUMO_SUCCESS);
            } catch (ApiProblem problem) {
                notice(problem.detail(), NotificationVariant.LUMO_ERROR);
                showRules(roleName);
            }
        });
        return choice;
    }

    private static void notice(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_END).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.sharing.title");
    }
}
