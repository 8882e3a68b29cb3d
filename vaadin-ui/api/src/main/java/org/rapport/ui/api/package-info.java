/**
 * The UI contribution API. A module shows itself in the Rapport UI by registering OSGi services of these
 * types (usually DS components in its views bundle); the shell picks them up and drops them as they come
 * and go, so starting or stopping a module's bundle adds or removes its menu entries, routes, widgets,
 * search results and tabs within seconds, without a restart.
 * <p>
 * Texts are looked up by key in the message bundles that modules register as {@link UiMessageBundle}
 * services; components call Vaadin's {@code getTranslation(key)} as usual.
 */
@Export
@Version("1.0.0")
package org.rapport.ui.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
