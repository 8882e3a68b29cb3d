package org.rapport.ui.shell.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.CurrentCaller;
import org.rapport.ui.api.SearchHit;
import org.rapport.ui.api.SearchProvider;
import org.rapport.ui.shell.internal.Shell;
import org.rapport.ui.shell.internal.access.Access;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The header's search box. Every contributed provider is asked in parallel off the UI thread; a slow or failing
 * provider is left out after a short wait instead of holding up the others. Enter opens the first hit.
 */
final class GlobalSearch extends Composite<Div> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(GlobalSearch.class);
    private static final int HITS_PER_PROVIDER = 5;
    private static final long PROVIDER_WAIT_MS = 2000;

    private record Group(String title, List<SearchHit> hits) {
    }

    private final transient Shell shell;
    private final TextField field = new TextField();
    private final Popover results = new Popover();
    private final AtomicLong generation = new AtomicLong();
    private transient List<Group> shown = List.of();

    GlobalSearch(Shell shell) {
        this.shell = shell;
        field.setId("global-search");
        field.setPlaceholder(shell.translate(getLocale(), "shell.search.placeholder"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(250);
        field.setWidthFull();
        field.addValueChangeListener(change -> search(change.getValue()));
        field.addKeyPressListener(Key.ENTER, enter -> openFirst());
        results.setTarget(field);
        results.setPosition(PopoverPosition.BOTTOM_START);
        results.setOpenOnClick(false);
        results.setOpenOnFocus(false);
        results.setOpenOnHover(false);
        results.setAutofocus(false);
        results.getElement().setAttribute("data-search-results", "");
        getContent().add(field, results);
    }

    private void search(String text) {
        String query = text == null ? "" : text.strip();
        long mine = generation.incrementAndGet();
        if (query.isEmpty()) {
            results.close();
            return;
        }
        UI ui = UI.getCurrent();
        Locale locale = getLocale();
        List<SearchProvider> providers = shell.contributions().searchProviders().stream()
                .filter(provider -> Access.allows(provider.requiredPermission())).toList();
        // Providers run on other threads: they get this request's caller, so their queries filter for them.
        Optional<Caller> caller = Access.caller();
        List<CompletableFuture<Group>> asked = new ArrayList<>();
        for (SearchProvider provider : providers) {
            asked.add(CompletableFuture
                    .supplyAsync(() -> new Group(shell.translate(locale, provider.titleKey()),
                            asCaller(caller, () -> provider.search(query, locale, HITS_PER_PROVIDER))),
                            shell.background())
                    .completeOnTimeout(null, PROVIDER_WAIT_MS, TimeUnit.MILLISECONDS)
                    .exceptionally(failure -> {
                        LOG.warn("Search provider {} failed for a query", provider.id(), failure);
                        return null;
                    }));
        }
        CompletableFuture.allOf(asked.toArray(CompletableFuture[]::new)).thenRun(() -> {
            List<Group> groups = asked.stream().map(CompletableFuture::join)
                    .filter(group -> group != null && !group.hits().isEmpty()).toList();
            ui.access(() -> {
                if (generation.get() == mine) {
                    show(query, groups, providers.isEmpty());
                }
            });
        });
    }

    private static List<SearchHit> asCaller(Optional<Caller> caller, Callable<List<SearchHit>> search) {
        try {
            return caller.isPresent() ? CurrentCaller.runAs(caller.get(), search) : search.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void show(String query, List<Group> groups, boolean noProviders) {
        shown = groups;
        results.removeAll();
        Div list = new Div();
        list.getStyle().set("min-width", "min(28rem, 90vw)").set("max-height", "60vh").set("overflow", "auto");
        Locale locale = getLocale();
        if (groups.isEmpty()) {
            String key = noProviders ? "shell.search.noProviders" : "shell.search.noResults";
            Span none = new Span(shell.translate(locale, key, query));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            list.add(none);
        }
        for (Group group : groups) {
            Span heading = new Span(group.title());
            heading.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xs)")
                    .set("text-transform", "uppercase").set("color", "var(--lumo-secondary-text-color)")
                    .set("margin", "var(--lumo-space-s) 0 var(--lumo-space-xs)");
            list.add(heading);
            group.hits().forEach(hit -> list.add(row(hit)));
        }
        results.add(list);
        results.open();
    }

    private Div row(SearchHit hit) {
        Span title = new Span(hit.title());
        title.getStyle().set("font-weight", "500");
        Span detail = new Span(hit.detail());
        detail.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div text = new Div(title, detail);
        text.getStyle().set("display", "flex").set("flex-direction", "column");
        Div row = new Div(Icons.named(hit.icon(), VaadinIcon.SEARCH), text);
        row.addClassName("search-hit");
        row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("cursor", "pointer")
                .set("border-radius", "var(--lumo-border-radius-m)");
        row.addClickListener(click -> open(hit));
        return row;
    }

    private void openFirst() {
        shown.stream().flatMap(group -> group.hits().stream()).findFirst().ifPresent(this::open);
    }

    private void open(SearchHit hit) {
        results.close();
        field.clear();
        getUI().ifPresent(ui -> ui.navigate(hit.location()));
    }
}
