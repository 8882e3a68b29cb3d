package org.rapport.platform.api.health;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A contributed health check; any bundle may register one. {@code GET /api/health} reports
 * {@code DOWN} while any check reports a problem.
 */
@ConsumerType
public interface HealthCheck {

    String name();

    /** A short reason the system is not healthy, without secrets; empty when all is well. */
    Optional<String> problem();
}
