package org.rapport.itests.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test against the shared {@link RapportNode}: test methods may take a {@link RapportNode}, {@link Browser}
 * (with {@link Language}) and {@link Browsers} parameters. Without chromium and chromedriver each test is skipped
 * before the node boots (failed in CI). Name classes {@code *IT}: Failsafe runs them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
// Browser first: its check must skip a test before the node is booted for nothing.
@ExtendWith({BrowserExtension.class, RapportNodeExtension.class})
public @interface RapportUiTest {
}
