/**
 * Vaadin components shared by the shell and the modules' pages, so that a date is typed the same way on every
 * page. Their texts come with this bundle ({@code OSGI-INF/l10n/ui-components*.properties}, keys
 * {@code ui.components.*}), registered as a {@link org.rapport.ui.api.UiMessageBundle}.
 */
@Export
@Version("1.0.0")
package org.rapport.ui.components;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
