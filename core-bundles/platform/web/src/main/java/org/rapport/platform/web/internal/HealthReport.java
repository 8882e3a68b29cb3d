package org.rapport.platform.web.internal;

import java.util.List;

/** The body of {@code GET /api/health}. Nothing in it is secret: no URLs, users or error details. */
record HealthReport(String status, Database database, List<Module> modules, List<String> reasons) {

    static final String UP = "UP";
    static final String DOWN = "DOWN";

    boolean up() {
        return UP.equals(status);
    }

    record Database(String product, String version, boolean up) {
    }

    record Module(String id, String version, String state) {
    }
}
