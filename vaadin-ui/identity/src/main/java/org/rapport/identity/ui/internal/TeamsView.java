package org.rapport.identity.ui.internal;

import java.util.List;
import java.util.function.Supplier;

import org.rapport.identity.api.TeamAdmin;
import org.rapport.identity.api.TeamView;
import org.rapport.identity.api.UserAdmin;
import org.rapport.identity.api.UserView;
import org.rapport.platform.api.security.CurrentCaller;
import org.rapport.platform.api.web.ApiProblem;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Administration → Teams: groups of users that own records together and that records can be shared with. Anyone who
 * may see users sees the teams; creating teams and changing members needs {@code identity.user.write}.
 */
public final class TeamsView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final String WRITE = "identity.user.write";

    private final transient TeamAdmin teams;
    private final transient UserAdmin users;
    private final boolean mayWrite;
    private final Grid<TeamView> grid = new Grid<>();
    private final Div detail = new Div();

    public TeamsView(TeamAdmin teams, UserAdmin users) {
        this.teams = teams;
        this.users = users;
        this.mayWrite = CurrentCaller.get().map(caller -> caller.has(WRITE)).orElse(false);
        setId("teams-page");
        setSizeFull();
        H2 heading = new H2(getTranslation("identity.teams.title"));
        heading.getStyle().set("margin", "0");
        Button add = new Button(getTranslation("identity.teams.new"), VaadinIcon.PLUS.create(), click -> newTeam());
        add.setId("team-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(mayWrite);
        Div spacer = new Div();
        HorizontalLayout top = new HorizontalLayout(heading, spacer, add);
        top.setFlexGrow(1, spacer);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        grid.setId("teams-grid");
        grid.setHeightFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TeamView::name).setHeader(getTranslation("identity.teams.name")).setAutoWidth(true);
        grid.addColumn(team -> getTranslation("identity.teams.memberCount", team.members().size()))
                .setHeader(getTranslation("identity.teams.members")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));
        detail.setId("team-detail");
        detail.getStyle().set("padding", "0 var(--lumo-space-l)").set("overflow", "auto");
        SplitLayout split = new SplitLayout(grid, detail);
        split.setSplitterPosition(40);
        split.setSizeFull();
        Div page = new Div(top, split);
        page.getStyle().set("padding", "var(--lumo-space-l)").set("box-sizing", "border-box").set("height", "100%")
                .set("display", "flex").set("flex-direction", "column");
        add(page);
        refresh(null);
    }

    private void refresh(String selected) {
        List<TeamView> all = teams.teams();
        grid.setItems(all);
        all.stream().filter(team -> team.name().equals(selected)).findFirst().ifPresentOrElse(grid::select,
                () -> show(null));
    }

    private void show(TeamView team) {
        detail.removeAll();
        if (team == null) {
            detail.add(new Paragraph(getTranslation("identity.teams.pick")));
            return;
        }
        detail.add(new H3(team.name()));
        if (team.members().isEmpty()) {
            detail.add(new Paragraph(getTranslation("identity.teams.empty")));
        }
        for (String member : team.members()) {
            Span name = new Span(member);
            HorizontalLayout row = new HorizontalLayout(name);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.getElement().setAttribute("data-member", member);
            if (mayWrite) {
                Button remove = new Button(getTranslation("identity.teams.remove"), VaadinIcon.CLOSE_SMALL.create(),
                        click -> act(() -> teams.removeMember(team.name(), member), "identity.teams.removed", member,
                                team.name()));
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                remove.getElement().setAttribute("data-action", "remove-" + member);
                row.add(remove);
            }
            detail.add(row);
        }
        if (mayWrite) {
            ComboBox<String> candidate = new ComboBox<>(getTranslation("identity.teams.addMember"));
            candidate.setId("team-member-choice");
            candidate.setItems(users.users().stream().filter(UserView::active).map(UserView::username)
                    .filter(username -> !team.members().contains(username)).sorted().toList());
            Button addMember = new Button(getTranslation("identity.teams.add"), VaadinIcon.PLUS.create(), click -> {
                if (candidate.getValue() != null) {
                    act(() -> teams.addMember(team.name(), candidate.getValue()), "identity.teams.added",
                            candidate.getValue(), team.name());
                }
            });
            addMember.setId("team-member-add");
            HorizontalLayout adding = new HorizontalLayout(candidate, addMember);
            adding.setAlignItems(FlexComponent.Alignment.BASELINE);
            adding.getStyle().set("margin-top", "var(--lumo-space-m)");
            detail.add(adding);
        }
    }

    private void act(Supplier<TeamView> change, String doneKey, String username, String team) {
        try {
            TeamView changed = change.get();
            notice(getTranslation(doneKey, username, team), NotificationVariant.LUMO_SUCCESS);
            refresh(changed.name());
        } catch (ApiProblem problem) {
            notice(problem.detail(), NotificationVariant.LUMO_ERROR);
            refresh(team);
        }
    }

    private void newTeam() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("identity.teams.new"));
        TextField name = new TextField(getTranslation("identity.teams.name"));
        name.setId("new-team-name");
        dialog.add(name);
        Button save = new Button(getTranslation("identity.users.save"), click -> {
            try {
                TeamView created = teams.create(name.getValue().strip());
                dialog.close();
                notice(getTranslation("identity.teams.created", created.name()), NotificationVariant.LUMO_SUCCESS);
                refresh(created.name());
            } catch (ApiProblem problem) {
                problem.fieldErrors().stream().filter(error -> error.field().equals("name")).findFirst()
                        .ifPresent(error -> {
                            name.setErrorMessage(error.message());
                            name.setInvalid(true);
                        });
                notice(problem.detail(), NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("new-team-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("identity.users.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private static void notice(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_END).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.teams.title");
    }
}
