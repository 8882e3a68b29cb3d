package org.rapport.ui.shell.internal.views;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapport.platform.api.web.ApiDescription;
import org.rapport.ui.shell.internal.Shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Administration → API: the REST operations the API serves right now, read from the live OpenAPI document —
 * method, path, what it does, its parameters, what it takes and answers — with a filter and the raw document.
 */
public final class ApiDocsView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete", "head", "options");
    private static final Map<String, String> METHOD_COLORS = Map.of("get", "var(--lumo-primary-color)",
            "post", "var(--lumo-success-color)", "put", "#b36b00", "patch", "#b36b00",
            "delete", "var(--lumo-error-color)");

    private final transient Shell shell = Shell.current();
    private final Div operations = new Div();
    private transient List<Operation> all = List.of();

    private record Operation(String method, String path, JsonNode spec) {
    }

    public ApiDocsView(ApiDescription description) {
        setId("api-docs");
        Locale locale = getLocale();
        Div page = Cards.page();
        H2 heading = new H2(shell.translate(locale, "shell.api.title"));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(shell.translate(locale, "shell.api.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Anchor raw = new Anchor("api/openapi.json", shell.translate(locale, "shell.api.raw"));
        raw.setTarget("_blank");
        TextField filter = new TextField();
        filter.setId("api-filter");
        filter.setPlaceholder(shell.translate(locale, "shell.api.filter"));
        filter.setPrefixComponent(VaadinIcon.FILTER.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("min(22rem, 100%)");
        filter.addValueChangeListener(change -> show(change.getValue()));
        HorizontalLayout tools = new HorizontalLayout(filter, raw);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        page.add(heading, intro, tools, operations);
        add(page);
        try {
            all = operations(new ObjectMapper().readTree(description.openApiJson()));
        } catch (IOException | RuntimeException unreadable) {
            operations.add(new Paragraph(shell.translate(locale, "shell.api.unreadable", String.valueOf(unreadable))));
            return;
        }
        show("");
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> found = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                if (path.getValue().has(method)) {
                    found.add(new Operation(method, path.getKey(), path.getValue().get(method)));
                }
            }
        }
        return found;
    }

    private void show(String filter) {
        operations.removeAll();
        String wanted = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        all.stream().filter(operation -> wanted.isEmpty()
                || (operation.method() + " " + operation.path() + " " + operation.spec().path("summary").asText())
                        .toLowerCase(Locale.ROOT).contains(wanted))
                .forEach(operation -> operations.add(details(operation)));
    }

    private Details details(Operation operation) {
        Span method = new Span(operation.method().toUpperCase(Locale.ROOT));
        method.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)").set("font-weight", "700")
                .set("min-width", "4.5em").set("display", "inline-block")
                .set("color", METHOD_COLORS.getOrDefault(operation.method(), "var(--lumo-body-text-color)"));
        Span path = new Span(operation.path());
        path.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        Span summary = new Span(operation.spec().path("summary").asText(""));
        summary.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-inline-start", "var(--lumo-space-m)");
        Div line = new Div(method, path, summary);
        line.getElement().setAttribute("dir", "ltr");
        Details details = new Details(line, body(operation.spec()));
        details.getElement().setAttribute("data-operation", operation.method() + " " + operation.path());
        details.setWidthFull();
        details.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return details;
    }

    private Component body(JsonNode spec) {
        Locale locale = getLocale();
        Div body = new Div();
        body.getElement().setAttribute("dir", "ltr");
        body.getStyle().set("padding-inline-start", "var(--lumo-space-l)").set("font-size", "var(--lumo-font-size-s)");
        String description = spec.path("description").asText("");
        if (!description.isEmpty()) {
            body.add(new Paragraph(description));
        }
        for (JsonNode parameter : spec.path("parameters")) {
            String text = parameter.path("in").asText() + " " + parameter.path("name").asText() + ": "
                    + parameter.path("schema").path("type").asText("object")
                    + (parameter.path("required").asBoolean() ? " (required)" : "");
            body.add(new Div(new Span(text)));
        }
        JsonNode requestBody = spec.path("requestBody").path("content");
        if (!requestBody.isMissingNode()) {
            body.add(new Div(new Span(shell.translate(locale, "shell.api.takes") + " " + names(requestBody))));
        }
        Iterator<Map.Entry<String, JsonNode>> responses = spec.path("responses").fields();
        while (responses.hasNext()) {
            Map.Entry<String, JsonNode> response = responses.next();
            body.add(new Div(new Span(response.getKey() + " " + response.getValue().path("description").asText("")
                    + " " + names(response.getValue().path("content")))));
        }
        return body;
    }

    private static String names(JsonNode content) {
        List<String> names = new ArrayList<>();
        content.fieldNames().forEachRemaining(names::add);
        return names.isEmpty() ? "" : String.join(", ", names);
    }

    @Override
    public String getPageTitle() {
        return shell.translate(getLocale(), "shell.api.title");
    }
}
