package org.rapport.ui.shell.internal.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The answer for {@code /api/…} requests that reach the UI's servlet. The REST whiteboard re-registers the
 * {@code /api} application for a moment whenever a module's resources come or go; in that moment the UI at
 * {@code /*} is the only servlet left for the address. An API client must then get a retryable error in the API's
 * error format, never the UI's HTML page with 200.
 */
final class ApiReconfiguring {

    static final String TYPE = "urn:rapport:problem:api-reconfiguring";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private ApiReconfiguring() {
    }

    static boolean isApiRequest(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String given = request.getHeader("X-Correlation-Id");
        String correlationId = given != null && SAFE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        String body = "{\"type\":\"" + TYPE + "\",\"title\":\"Service Unavailable\",\"status\":503,"
                + "\"detail\":\"The REST API is being reconfigured after a module change. Retry in a moment.\","
                + "\"correlationId\":\"" + correlationId + "\"}";
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "1");
        response.setHeader("X-Correlation-Id", correlationId);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }
}
