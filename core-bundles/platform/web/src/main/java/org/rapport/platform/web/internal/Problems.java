package org.rapport.platform.web.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.rapport.platform.api.web.FieldError;

/** RFC 9457 problem documents: the one error format of every REST response. */
final class Problems {

    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private Problems() {
    }

    static Response response(int status, String title, String detail, List<FieldError> errors,
            Map<String, Object> extensions) {
        String correlationId = CorrelationIds.current();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        if (detail != null && !detail.isBlank()) {
            body.put("detail", detail);
        }
        body.put("correlationId", correlationId);
        if (errors != null && !errors.isEmpty()) {
            body.put("errors", errors);
        }
        if (extensions != null) {
            extensions.forEach(body::putIfAbsent);
        }
        return Response.status(status)
                .type(PROBLEM_JSON)
                .header(CorrelationIds.HEADER, correlationId)
                .entity(body)
                .build();
    }

    static String titleOf(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }
}
