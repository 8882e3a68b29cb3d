package org.rapport.ui.shell.internal.contrib;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.rapport.ui.api.DashboardWidget;
import org.rapport.ui.api.DetailTab;
import org.rapport.ui.api.DetailTabs;
import org.rapport.ui.api.MenuGroups;
import org.rapport.ui.api.SearchProvider;
import org.rapport.ui.api.UiMessageBundle;
import org.rapport.ui.api.ViewContribution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything modules contribute to the UI right now, kept in display order. Services arrive and leave at any
 * time (a module is enabled, disabled, updated); listeners — the running shell — hear of each change.
 */
@Component(service = {Contributions.class, DetailTabs.class}, immediate = true)
public final class Contributions implements DetailTabs {

    private static final Logger LOG = LoggerFactory.getLogger(Contributions.class);

    private static final Comparator<ViewContribution> VIEW_ORDER = Comparator
            .comparingInt((ViewContribution view) -> groupRank(view.menuGroup()))
            .thenComparing(ViewContribution::menuGroup)
            .thenComparingInt(ViewContribution::order)
            .thenComparing(ViewContribution::route);

    private final List<ViewContribution> views = new CopyOnWriteArrayList<>();
    private final List<DashboardWidget> widgets = new CopyOnWriteArrayList<>();
    private final List<SearchProvider> searchProviders = new CopyOnWriteArrayList<>();
    private final List<DetailTab> tabs = new CopyOnWriteArrayList<>();
    private final List<UiMessageBundle> messageBundles = new CopyOnWriteArrayList<>();
    private final List<ContributionListener> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addView(ViewContribution view) {
        LOG.info("UI view '{}' contributed by {}", view.route(), view.viewType().getName());
        views.add(view);
        listeners.forEach(listener -> listener.viewAdded(view));
    }

    void removeView(ViewContribution view) {
        if (views.remove(view)) {
            LOG.info("UI view '{}' withdrawn", view.route());
            listeners.forEach(listener -> listener.viewRemoved(view));
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addWidget(DashboardWidget widget) {
        widgets.add(widget);
        changed();
    }

    void removeWidget(DashboardWidget widget) {
        widgets.remove(widget);
        changed();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSearchProvider(SearchProvider provider) {
        searchProviders.add(provider);
        changed();
    }

    void removeSearchProvider(SearchProvider provider) {
        searchProviders.remove(provider);
        changed();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addTab(DetailTab tab) {
        tabs.add(tab);
        changed();
    }

    void removeTab(DetailTab tab) {
        tabs.remove(tab);
        changed();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addMessageBundle(UiMessageBundle bundle) {
        messageBundles.add(bundle);
        changed();
    }

    void removeMessageBundle(UiMessageBundle bundle) {
        messageBundles.remove(bundle);
        changed();
    }

    private void changed() {
        listeners.forEach(ContributionListener::othersChanged);
    }

    public void addListener(ContributionListener listener) {
        listeners.add(listener);
    }

    public void removeListener(ContributionListener listener) {
        listeners.remove(listener);
    }

    public List<ViewContribution> views() {
        return views.stream().sorted(VIEW_ORDER).toList();
    }

    public Optional<ViewContribution> viewFor(Class<?> viewType) {
        return views.stream().filter(view -> view.viewType() == viewType).findFirst();
    }

    public List<DashboardWidget> widgets() {
        return widgets.stream().sorted(Comparator.comparingInt(DashboardWidget::order)
                .thenComparing(DashboardWidget::id)).toList();
    }

    public List<SearchProvider> searchProviders() {
        return searchProviders.stream().sorted(Comparator.comparingInt(SearchProvider::order)
                .thenComparing(SearchProvider::id)).toList();
    }

    public List<UiMessageBundle> messageBundles() {
        return List.copyOf(messageBundles);
    }

    @Override
    public List<DetailTab> forRecordType(String recordType) {
        return tabs.stream().filter(tab -> tab.recordType().equals(recordType))
                .sorted(Comparator.comparingInt(DetailTab::order).thenComparing(DetailTab::titleKey)).toList();
    }

    /** Known groups in their fixed order; plugins' own groups just before Admin, which stays last. */
    static int groupRank(String group) {
        int rank = MenuGroups.ORDER.indexOf(group);
        return rank >= 0 ? rank * 2 : MenuGroups.ORDER.indexOf(MenuGroups.ADMIN) * 2 - 1;
    }
}
