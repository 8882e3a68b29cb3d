/**
 * Administration of Rapport's users, roles, teams and of the permissions modules contribute. Sign-in and tokens
 * are the platform's {@code org.rapport.platform.api.security} services, which the identity module provides.
 * Invalid input is reported as {@link org.rapport.platform.api.web.ApiProblem} ({@code invalid}, {@code notFound},
 * {@code conflict}); its message is meant for the person who typed the input.
 */
@Export
@Version("1.1.0")
package org.rapport.identity.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
