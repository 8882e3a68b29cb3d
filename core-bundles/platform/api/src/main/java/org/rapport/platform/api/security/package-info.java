/**
 * Who is calling, and what they may do: the one place every channel (REST, UI, shell, jobs, connectors) asks.
 * The identity module provides the services; the web platform authenticates every REST request through them
 * before any resource runs, and refuses requests when they are absent (fail closed).
 */
@Export
@Version("1.1.0")
package org.rapport.platform.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
