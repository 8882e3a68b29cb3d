package org.rapport.platform.web.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.rapport.platform.api.web.ApiProblem;

class RequestBodyLimitTest {

    private static final long LIMIT = 1024;

    @Test
    void theDefaultIsTenMebibytes() {
        RequestBodyLimit limit = new RequestBodyLimit();
        limit.configure(config(WebConfig.DEFAULT_MAX_REQUEST_BYTES));
        assertEquals(10L * 1024 * 1024, limit.maxBytes());
        assertEquals("limit of 10 MiB (10485760 bytes)", RequestBodyLimit.describe(limit.maxBytes()));
        assertEquals("limit of 1000 bytes", RequestBodyLimit.describe(1000));
    }

    @Test
    void aNonsenseLimitKeepsTheOldOne() {
        RequestBodyLimit limit = limit(LIMIT);
        limit.configure(config(0));
        assertEquals(LIMIT, limit.maxBytes());
    }

    @Test
    void aDeclaredLengthAboveTheLimitIsRefusedBeforeReading() {
        Response refused = filter(String.valueOf(LIMIT + 1));
        assertEquals(413, refused.getStatus());
        assertEquals("application/problem+json", refused.getMediaType().toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) refused.getEntity();
        assertEquals("Request Entity Too Large", body.get("title"));
        assertTrue(body.get("detail").toString().contains("limit of 1 KiB (1024 bytes)"), body.toString());
        assertTrue(body.get("detail").toString().contains("maxRequestBytes"), body.toString());
        assertEquals(LIMIT, body.get("maxRequestBytes"));
        assertEquals(body.get("correlationId"), refused.getHeaderString("X-Correlation-Id"));

        assertNull(filter(String.valueOf(LIMIT)), "exactly at the limit is fine");
        assertNull(filter(null), "no length: checked while reading");
        assertNull(filter("junk"), "a malformed length is the server's to refuse");
    }

    @Test
    void aBodyWithoutLengthIsCutOffAtTheLimitWhileAJsonReaderReadsIt() throws Exception {
        String big = "{\"text\": \"" + "x".repeat((int) LIMIT) + "\"}";
        ApiProblem problem = assertThrows(ApiProblem.class, () -> readJson(big));
        assertEquals(413, problem.status());
        assertTrue(problem.detail().contains("1 KiB"), problem.detail());
        assertEquals(LIMIT, problem.extensions().get("maxRequestBytes"));

        String small = "{\"text\": \"hello\"}";
        assertEquals(Map.of("text", "hello"), readJson(small));
    }

    @Test
    void theStreamCountsEveryByte() throws Exception {
        byte[] exactly = new byte[(int) LIMIT];
        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(exactly), LIMIT)) {
            assertArrayEquals(exactly, in.readAllBytes());
        }
        InputStream over = new LimitedInputStream(new ByteArrayInputStream(new byte[(int) LIMIT + 1]), LIMIT);
        LimitedInputStream.TooLargeException e = assertThrows(LimitedInputStream.TooLargeException.class,
                over::readAllBytes);
        assertEquals(LIMIT, e.limit());
        InputStream byteByByte = new LimitedInputStream(new ByteArrayInputStream(new byte[(int) LIMIT + 1]), LIMIT);
        assertThrows(LimitedInputStream.TooLargeException.class, () -> {
            while (byteByByte.read() >= 0) {
                // read on
            }
        });
    }

    private static Object readJson(String json) throws Exception {
        RequestBodyLimitFilter filter = new RequestBodyLimitFilter(limit(LIMIT));
        AtomicReference<InputStream> stream = new AtomicReference<>(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        ReaderInterceptorContext context = (ReaderInterceptorContext) Proxy.newProxyInstance(
                RequestBodyLimitTest.class.getClassLoader(), new Class<?>[] {ReaderInterceptorContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getInputStream" -> stream.get();
                    case "setInputStream" -> {
                        stream.set((InputStream) args[0]);
                        yield null;
                    }
                    // what the JSON provider does: Jackson reads the (wrapped) stream
                    case "proceed" -> new ObjectMapper().readValue(stream.get(), Map.class);
                    case "getAnnotations" -> new Annotation[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return filter.aroundReadFrom(context);
    }

    private static Response filter(String contentLength) {
        RequestBodyLimitFilter filter = new RequestBodyLimitFilter(limit(LIMIT));
        AtomicReference<Response> aborted = new AtomicReference<>();
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(
                RequestBodyLimitTest.class.getClassLoader(), new Class<?>[] {ContainerRequestContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaderString" -> "Content-Length".equalsIgnoreCase((String) args[0]) ? contentLength : null;
                    case "abortWith" -> {
                        aborted.set((Response) args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        filter.filter(request);
        return aborted.get();
    }

    private static RequestBodyLimit limit(long bytes) {
        RequestBodyLimit limit = new RequestBodyLimit();
        limit.configure(config(bytes));
        return limit;
    }

    private static WebConfig config(long maxRequestBytes) {
        return new WebConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return WebConfig.class;
            }

            @Override
            public long maxRequestBytes() {
                return maxRequestBytes;
            }
        };
    }
}
