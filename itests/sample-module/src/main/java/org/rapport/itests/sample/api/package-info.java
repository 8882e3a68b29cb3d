@Export
@Version("1.0.0")
package org.rapport.itests.sample.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
