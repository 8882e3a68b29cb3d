package org.rapport.ui.shell.internal.components;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.api.modules.ModuleInfo;
import org.rapport.platform.api.modules.ModuleRegistry;
import org.rapport.platform.api.modules.ModuleState;
import org.rapport.ui.api.DashboardWidget;
import org.rapport.ui.shell.internal.Shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Home card: how many modules run, are switched off or failed, with a way to the Modules page. */
@Component
public final class ModulesWidget implements DashboardWidget {

    private final ModuleRegistry modules;

    @Activate
    public ModulesWidget(@Reference ModuleRegistry modules) {
        this.modules = modules;
    }

    @Override
    public String id() {
        return "platform.modules";
    }

    @Override
    public String titleKey() {
        return "shell.widget.modules.title";
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of("platform.modules.manage");
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Shell shell = Shell.current();
        Locale locale = UI.getCurrent().getLocale();
        List<ModuleInfo> all = modules.modules();
        Div content = new Div();
        content.getStyle().set("display", "flex").set("gap", "var(--lumo-space-l)").set("flex-wrap", "wrap");
        content.add(figure(shell, locale, count(all, ModuleState.ACTIVE), "shell.widget.modules.active",
                "var(--lumo-success-text-color)"));
        content.add(figure(shell, locale, count(all, ModuleState.DISABLED), "shell.widget.modules.disabled",
                "var(--lumo-secondary-text-color)"));
        long failed = count(all, ModuleState.FAILED);
        content.add(figure(shell, locale, failed, "shell.widget.modules.failed",
                failed > 0 ? "var(--lumo-error-text-color)" : "var(--lumo-secondary-text-color)"));
        Anchor manage = new Anchor("admin/modules", shell.translate(locale, "shell.widget.modules.manage"));
        manage.getElement().setAttribute("router-link", true);
        Div wrapper = new Div(content, manage);
        manage.getStyle().set("display", "inline-block").set("margin-top", "var(--lumo-space-m)");
        return wrapper;
    }

    private static long count(List<ModuleInfo> all, ModuleState state) {
        return all.stream().filter(module -> module.state() == state).count();
    }

    private static Div figure(Shell shell, Locale locale, long value, String labelKey, String color) {
        Span number = new Span(shell.translate(locale, "shell.number", value));
        number.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("font-weight", "600")
                .set("color", color).set("line-height", "1");
        Span label = new Span(shell.translate(locale, labelKey));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div figure = new Div(number, label);
        figure.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        return figure;
    }
}
