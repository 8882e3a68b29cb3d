package org.rapport.platform.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class HttpErrorMapperTest {

    private final HttpErrorMapper mapper = new HttpErrorMapper();

    @Test
    void unauthorizedKeepsItsChallenge() {
        Response response = mapper.toResponse(new NotAuthorizedException("Bearer realm=\"rapport\""));
        assertProblem(response, 401, "Unauthorized");
        assertEquals("Bearer realm=\"rapport\"", response.getHeaderString("WWW-Authenticate"));
    }

    @Test
    void forbiddenIsAProblem() {
        assertProblem(mapper.toResponse(new ForbiddenException()), 403, "Forbidden");
    }

    @Test
    void tooManyRequestsKeepsRetryAfter() {
        Response original = Response.status(429).header("Retry-After", "120").type("text/plain").entity("slow down")
                .build();
        Response response = mapper.toResponse(new WebApplicationException(original));
        assertProblem(response, 429, "Too Many Requests");
        assertEquals("120", response.getHeaderString("Retry-After"));
        assertTrue(body(response).get("detail").toString().contains("Retry-After"));
    }

    @Test
    void methodNotAllowedKeepsAllow() {
        Response response = mapper.toResponse(new NotAllowedException("GET", new String[] {"POST"}));
        assertProblem(response, 405, "Method Not Allowed");
        assertTrue(response.getHeaderString("Allow").contains("GET"), response.getHeaderString("Allow"));
    }

    @Test
    void headersOfTheOriginalBodyAreDropped() {
        assertTrue(HttpErrorMapper.keep("Retry-After"));
        assertTrue(HttpErrorMapper.keep("WWW-Authenticate"));
        assertTrue(!HttpErrorMapper.keep("Content-Type") && !HttpErrorMapper.keep("content-length"));
        assertTrue(!HttpErrorMapper.keep("X-Correlation-Id"));
    }

    private static void assertProblem(Response response, int status, String title) {
        assertEquals(status, response.getStatus());
        assertEquals("application/problem+json", response.getMediaType().toString());
        Map<String, Object> body = body(response);
        assertEquals(title, body.get("title"));
        assertEquals(status, body.get("status"));
        assertEquals(body.get("correlationId"), response.getHeaderString("X-Correlation-Id"));
        assertNull(body.get("errors"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Response response) {
        return (Map<String, Object>) response.getEntity();
    }
}
