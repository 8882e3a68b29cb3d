package org.rapport.ui.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's UI texts: a {@link java.util.ResourceBundle} family ({@code <baseName>.properties},
 * {@code <baseName>_fa.properties}, …, UTF-8) in the module's bundle. Keys should start with the module id so
 * that bundles do not shadow each other. The shell looks keys up in every registered bundle.
 */
@ConsumerType
public interface UiMessageBundle {

    /** E.g. {@code OSGI-INF/l10n/contacts-ui}, relative to the class loader's root, without locale or suffix. */
    String baseName();

    /** The class loader that sees the properties files: by default the implementing class's bundle. */
    default ClassLoader classLoader() {
        return getClass().getClassLoader();
    }
}
