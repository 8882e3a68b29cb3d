package org.rapport.itests.ui;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.rapport.platform.testing.RequiredBrowser;

/**
 * Gives tests {@link Browser} parameters (each a new browser; {@link Language} picks its language) and a
 * {@link Browsers} parameter (to start more); when the test fails, saves every one's screenshot and page source
 * under {@code target/screenshots}; then closes them.
 * <p>
 * This is an {@link AfterEachCallback} rather than a {@code TestWatcher}: JUnit calls a watcher only after the test's
 * resources are closed, when the browser no longer shows anything. Extension callbacks run after the test class's own
 * {@code @AfterEach} methods, so the evidence shows the page as the test left it.
 */
public final class BrowserExtension implements BeforeEachCallback, ParameterResolver, AfterEachCallback {

    private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

    /**
     * Skips (or in CI fails) each test before anything else starts when there is no browser to test with. Per test,
     * not per class: a class skipped as a whole would not be counted in the reports at all.
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        RequiredBrowser.executables();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return (type == Browser.class || type == Browsers.class) && context.getTestMethod().isPresent();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browsers browsers = browsers(context);
        if (parameter.getParameter().getType() == Browsers.class) {
            return browsers;
        }
        return parameter.findAnnotation(Language.class).map(language -> browsers.open(language.value()))
                .orElseGet(browsers::open);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browsers browsers = context.getStore(NAMESPACE).get(Browsers.class, Browsers.class);
        if (browsers == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                browsers.saveFailureEvidence();
            }
        } finally {
            browsers.close();
        }
    }

    private static Browsers browsers(ExtensionContext context) {
        String testName = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        // In the test method's store: JUnit closes it at the latest when the test ends, even if afterEach never runs.
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(Browsers.class, key -> new Browsers(testName),
                Browsers.class);
    }
}
