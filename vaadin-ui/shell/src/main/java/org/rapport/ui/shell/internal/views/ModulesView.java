package org.rapport.ui.shell.internal.views;

import java.util.HashSet;

import java.util.Locale;
import java.util.Set;

import org.rapport.platform.api.modules.ModuleInfo;
import org.rapport.platform.api.modules.ModuleOperationException;
import org.rapport.platform.api.modules.ModuleState;
import org.rapport.ui.api.Notices;
import org.rapport.ui.shell.internal.Shell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * Admin → Modules: every Rapport module with its version, state and schema version; enable and disable with a
 * confirmation, a progress indicator while the switch runs, and the result. The same operations as the
 * {@code rapport:module-*} shell commands; a module's data is never touched.
 */
public final class ModulesView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ModulesView.class);

    private final transient Shell shell = Shell.current();
    private final Grid<ModuleInfo> grid = new Grid<>();
    private final Set<String> switching = new HashSet<>();

    public ModulesView() {
        setId("modules-page");
        setSizeFull();
        Locale locale = getLocale();
        Div page = Cards.page();
        page.setHeightFull();
        page.getStyle().set("display", "flex").set("flex-direction", "column");
        H2 heading = new H2(shell.translate(locale, "shell.modules.title"));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(shell.translate(locale, "shell.modules.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Button refresh = new Button(shell.translate(locale, "shell.modules.refresh"), VaadinIcon.REFRESH.create(),
                click -> refresh());
        refresh.setId("modules-refresh");
        Div spacer = new Div();
        HorizontalLayout top = new HorizontalLayout(heading, spacer, refresh);
        top.setFlexGrow(1, spacer);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.setId("modules-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::nameCell).setHeader(shell.translate(locale, "shell.modules.module"))
                .setFlexGrow(3);
        grid.addComponentColumn(module -> latin(module.version()))
                .setHeader(shell.translate(locale, "shell.modules.version")).setAutoWidth(true);
        grid.addComponentColumn(this::stateCell).setHeader(shell.translate(locale, "shell.modules.state"))
                .setAutoWidth(true);
        grid.addComponentColumn(module -> latin(module.schemaVersion()))
                .setHeader(shell.translate(locale, "shell.modules.schema")).setAutoWidth(true);
        grid.addComponentColumn(this::actionCell).setHeader(shell.translate(locale, "shell.modules.action"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.setAllRowsVisible(false);
        grid.setHeightFull();
        grid.setPartNameGenerator(module -> "module-" + module.id());

        page.add(top, intro, grid);
        grid.getStyle().set("flex-grow", "1");
        add(page);
        refresh();
    }

    private void refresh() {
        grid.setItems(shell.modules().modules().stream()
                .sorted((a, b) -> Boolean.compare(b.required(), a.required()) != 0
                        ? Boolean.compare(b.required(), a.required())
                        : a.name().compareToIgnoreCase(b.name()))
                .toList());
    }

    /** Version strings and change-set ids stay in their own order inside a right-to-left page. */
    private static Span latin(String text) {
        Span span = new Span(text == null || text.isBlank() ? "–" : text);
        span.getElement().setAttribute("dir", "ltr");
        span.getStyle().set("unicode-bidi", "isolate");
        return span;
    }

    private Component nameCell(ModuleInfo module) {
        Span name = new Span(module.name() == null ? module.id() : module.name());
        name.getStyle().set("font-weight", "600");
        Span id = new Span(module.id());
        id.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div cell = new Div(name, id);
        cell.getStyle().set("display", "flex").set("flex-direction", "column").set("padding", "var(--lumo-space-xs) 0")
                .set("white-space", "normal");
        if (module.message() != null && !module.message().isBlank() && module.state() == ModuleState.FAILED) {
            Span problem = new Span(module.message());
            problem.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-error-text-color)")
                    .set("white-space", "normal");
            cell.add(problem);
        }
        cell.getElement().setAttribute("data-module", module.id());
        return cell;
    }

    private Component stateCell(ModuleInfo module) {
        Locale locale = getLocale();
        String text = shell.translate(locale, "shell.modules.state." + module.state().name().toLowerCase(Locale.ROOT));
        String tone = switch (module.state()) {
            case ACTIVE -> "success";
            case FAILED -> "error";
            case STARTING -> "primary";
            case DISABLED -> "contrast";
        };
        Span badge = Cards.badge(text, tone);
        badge.getElement().setAttribute("data-state", module.state().name());
        return badge;
    }

    private Component actionCell(ModuleInfo module) {
        Locale locale = getLocale();
        if (switching.contains(module.id())) {
            ProgressBar progress = new ProgressBar();
            progress.setIndeterminate(true);
            progress.setWidth("6rem");
            Span label = new Span(shell.translate(locale, "shell.modules.working"));
            HorizontalLayout working = new HorizontalLayout(progress, label);
            working.setAlignItems(FlexComponent.Alignment.CENTER);
            return working;
        }
        if (module.required()) {
            Span required = new Span(shell.translate(locale, "shell.modules.required"));
            required.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            return required;
        }
        boolean enabled = module.state() != ModuleState.DISABLED;
        Button button = new Button(shell.translate(locale, enabled ? "shell.modules.disable" : "shell.modules.enable"));
        button.getElement().setAttribute("data-action", (enabled ? "disable-" : "enable-") + module.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, enabled ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        button.addClickListener(click -> confirm(module, !enabled));
        return button;
    }

    private void confirm(ModuleInfo module, boolean enable) {
        Locale locale = getLocale();
        String name = module.name() == null ? module.id() : module.name();
        String verb = enable ? "enable" : "disable";
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("module-confirm");
        dialog.setHeader(shell.translate(locale, "shell.modules." + verb + ".header", name));
        dialog.setText(shell.translate(locale, "shell.modules." + verb + ".text", name));
        dialog.setCancelable(true);
        dialog.setCancelText(shell.translate(locale, "shell.modules.cancel"));
        dialog.setConfirmText(shell.translate(locale, "shell.modules." + verb));
        dialog.setConfirmButtonTheme(enable ? "primary" : "error primary");
        dialog.addConfirmListener(confirmed -> run(module, enable));
        dialog.open();
    }

    private void run(ModuleInfo module, boolean enable) {
        UI ui = UI.getCurrent();
        String name = module.name() == null ? module.id() : module.name();
        switching.add(module.id());
        grid.getDataProvider().refreshItem(module);
        shell.background().submit(() -> {
            String failure = null;
            try {
                if (enable) {
                    shell.modules().enable(module.id());
                } else {
                    shell.modules().disable(module.id());
                }
            } catch (ModuleOperationException | RuntimeException e) {
                LOG.warn("{} of module {} from the Modules page failed", enable ? "Enabling" : "Disabling",
                        module.id(), e);
                failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            String problem = failure;
            ui.access(() -> {
                switching.remove(module.id());
                Locale locale = ui.getLocale();
                if (problem == null) {
                    // Everyone hears of it: pages of a disabled module vanish from their screens too.
                    shell.broadcast(Notices.Level.SUCCESS, "shell.modules." + (enable ? "enabled" : "disabled"), name);
                } else {
                    Shell.notify(ui, Notices.Level.ERROR, shell.translate(locale,
                            "shell.modules." + (enable ? "enableFailed" : "disableFailed"), name, problem));
                }
                refresh();
            });
        });
    }

    @Override
    public String getPageTitle() {
        return shell.translate(getLocale(), "shell.modules.title");
    }

}
