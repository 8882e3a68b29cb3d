package org.rapport.platform.web.internal;

import java.io.IOException;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.rapport.platform.api.web.ApiProblem;

/**
 * Enforces {@link RequestBodyLimit}: a declared Content-Length above it is refused before anything is
 * read; a body without one (chunked), or longer than declared, is cut off at the limit while it is read.
 * Both answer 413 naming the limit. A request filter after matching (not pre-matching) so that the
 * correlation id filter has run and the problem carries the caller's id.
 */
@Component(service = {ContainerRequestFilter.class, ReaderInterceptor.class})
@JakartarsExtension
@JakartarsName("rapport-request-body-limit")
@JakartarsApplicationSelect(RapportRestApplication.SELECT)
public class RequestBodyLimitFilter implements ContainerRequestFilter, ReaderInterceptor {

    private final RequestBodyLimit limit;

    @Activate
    public RequestBodyLimitFilter(@Reference RequestBodyLimit limit) {
        this.limit = limit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        long max = limit.maxBytes();
        if (declaredLength(request.getHeaderString(HttpHeaders.CONTENT_LENGTH)) > max) {
            ApiProblem problem = RequestBodyLimit.tooLarge(max);
            request.abortWith(Problems.response(problem.status(), problem.title(), problem.detail(), null,
                    problem.extensions()));
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long max = limit.maxBytes();
        context.setInputStream(new LimitedInputStream(context.getInputStream(), max));
        try {
            return context.proceed();
        } catch (IOException e) {
            LimitedInputStream.TooLargeException tooLarge = tooLarge(e);
            if (tooLarge != null) {
                throw RequestBodyLimit.tooLarge(tooLarge.limit());
            }
            throw e;
        }
    }

    /** -1 when absent or not a number (the server itself refuses a malformed one). */
    static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static LimitedInputStream.TooLargeException tooLarge(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof LimitedInputStream.TooLargeException found) {
                return found;
            }
        }
        return null;
    }
}
