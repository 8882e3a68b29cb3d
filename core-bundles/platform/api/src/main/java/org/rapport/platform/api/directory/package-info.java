/**
 * Who the people and teams behind ids are, as colleagues know them: display names and team names, nothing else.
 * Modules store owners and actors as user and team ids; this is how they show and pick them by name. The identity
 * module provides the service; a module must keep working without it (showing the ids), so it references
 * {@link org.rapport.platform.api.directory.Directory} optionally.
 */
@Export
@Version("1.0.0")
package org.rapport.platform.api.directory;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
