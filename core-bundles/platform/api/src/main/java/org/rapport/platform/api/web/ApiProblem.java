package org.rapport.platform.api.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error a REST resource reports to its caller. The platform turns it into an RFC 9457
 * {@code application/problem+json} response with a correlation id; resources throw it and write no
 * error responses of their own. Unexpected exceptions become a 500 without details (the log has them,
 * under the same correlation id).
 */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final List<FieldError> fieldErrors;
    private final Map<String, Object> extensions;

    public ApiProblem(int status, String title, String detail, List<FieldError> fieldErrors,
            Map<String, Object> extensions) {
        super(detail);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A problem has a 4xx or 5xx status, not " + status);
        }
        this.status = status;
        this.title = title;
        this.fieldErrors = List.copyOf(fieldErrors == null ? List.of() : fieldErrors);
        this.extensions = Map.copyOf(extensions == null ? Map.of() : extensions);
    }

    /** 400: the request is invalid; {@code errors} say which fields and why. */
    public static ApiProblem invalid(String detail, List<FieldError> errors) {
        return new ApiProblem(400, "The request is not valid", detail, errors, null);
    }

    /** 404: no such record (also for records the caller may not see: no difference is visible). */
    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not found", detail, null, null);
    }

    /**
     * 409: the record was changed by someone else since the caller read it.
     *
     * @param currentVersion the version the record has now, so the caller can reload and retry
     */
    public static ApiProblem conflict(String detail, long currentVersion) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("currentVersion", currentVersion);
        return new ApiProblem(409, "The record was changed by someone else", detail, null, extensions);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** Extra members of the problem document, e.g. {@code currentVersion}. */
    public Map<String, Object> extensions() {
        return extensions;
    }
}
