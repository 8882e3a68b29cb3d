@Export
@Version("1.1.0")
package org.rapport.platform.api.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
