/**
 * What REST resources of every module share: the way errors reach the caller (RFC 9457 problem
 * details with a correlation id), and the description of the API itself.
 */
@Export
@Version("1.1.0")
package org.rapport.platform.api.web;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
