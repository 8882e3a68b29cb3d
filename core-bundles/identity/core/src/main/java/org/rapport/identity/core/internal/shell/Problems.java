package org.rapport.identity.core.internal.shell;

import java.util.stream.Collectors;

import org.rapport.platform.api.web.ApiProblem;

/** What the shell shows for an {@link ApiProblem}: its detail and each field's complaint. */
final class Problems {

    private Problems() {
    }

    static IllegalArgumentException forShell(ApiProblem problem) {
        String fields = problem.fieldErrors().stream().map(e -> e.field() + ": " + e.message())
                .collect(Collectors.joining("; "));
        return new IllegalArgumentException(fields.isEmpty() ? problem.detail() : problem.detail() + " " + fields);
    }
}
