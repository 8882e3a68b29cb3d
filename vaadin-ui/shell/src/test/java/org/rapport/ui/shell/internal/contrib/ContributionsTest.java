package org.rapport.ui.shell.internal.contrib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.ui.api.DetailTab;
import org.rapport.ui.api.MenuGroups;
import org.rapport.ui.api.ViewContribution;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

class ContributionsTest {

    private static final class First extends Div {
        private static final long serialVersionUID = 1L;
    }

    private static ViewContribution view(String route, String group, int order, Class<? extends Component> type) {
        return new ViewContribution() {
            @Override
            public String route() {
                return route;
            }

            @Override
            public Class<? extends Component> viewType() {
                return type;
            }

            @Override
            public String titleKey() {
                return route;
            }

            @Override
            public String menuGroup() {
                return group;
            }

            @Override
            public int order() {
                return order;
            }
        };
    }

    @Test
    void viewsAreOrderedByGroupThenOrderWithPluginGroupsBeforeAdmin() {
        Contributions contributions = new Contributions();
        contributions.addView(view("admin/modules", MenuGroups.ADMIN, 10, Div.class));
        contributions.addView(view("banking/loans", "banking", 1, Div.class));
        contributions.addView(view("sales/deals", MenuGroups.SALES, 20, Div.class));
        contributions.addView(view("sales/leads", MenuGroups.SALES, 10, Div.class));
        contributions.addView(view("contacts", MenuGroups.WORKSPACE, 50, Div.class));
        assertEquals(List.of("contacts", "sales/leads", "sales/deals", "banking/loans", "admin/modules"),
                contributions.views().stream().map(ViewContribution::route).toList());
    }

    @Test
    void listenersHearOfViewsComingAndGoing() {
        Contributions contributions = new Contributions();
        List<String> heard = new ArrayList<>();
        contributions.addListener(new ContributionListener() {
            @Override
            public void viewAdded(ViewContribution view) {
                heard.add("+" + view.route());
            }

            @Override
            public void viewRemoved(ViewContribution view) {
                heard.add("-" + view.route());
            }

            @Override
            public void othersChanged() {
                heard.add("*");
            }
        });
        ViewContribution notes = view("notes", MenuGroups.WORKSPACE, 1, First.class);
        contributions.addView(notes);
        assertTrue(contributions.viewFor(First.class).isPresent());
        contributions.removeView(notes);
        contributions.removeView(notes);
        assertTrue(contributions.viewFor(First.class).isEmpty());
        assertEquals(List.of("+notes", "-notes"), heard);
    }

    private static DetailTab tab(String recordType, String title, int order) {
        return new DetailTab() {
            @Override
            public String recordType() {
                return recordType;
            }

            @Override
            public String titleKey() {
                return title;
            }

            @Override
            public Component create(String recordId) {
                return new Div();
            }

            @Override
            public int order() {
                return order;
            }
        };
    }

    @Test
    void detailTabsAreThoseOfTheRecordTypeInOrder() {
        Contributions contributions = new Contributions();
        contributions.addTab(tab("contacts.person", "tickets", 20));
        contributions.addTab(tab("contacts.person", "deals", 10));
        DetailTab other = tab("contacts.organization", "invoices", 1);
        contributions.addTab(other);
        assertEquals(List.of("deals", "tickets"),
                contributions.forRecordType("contacts.person").stream().map(DetailTab::titleKey).toList());
        contributions.removeTab(other);
        assertTrue(contributions.forRecordType("contacts.organization").isEmpty());
    }
}
