package org.rapport.platform.web.internal;

import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * HTTP-level errors the REST runtime raises itself (no such address, wrong method, unsupported media
 * type, …), and those resources throw as {@code WebApplicationException}s (401, 403, 429, …), in the
 * problem format. Their details are written here: the runtime's own messages name internals. The
 * original response's headers are kept (Allow on 405, WWW-Authenticate on 401, Retry-After on 429 and
 * 503), except those describing its body.
 */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("rapport-http-errors")
@JakartarsApplicationSelect(RapportRestApplication.SELECT)
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    private static final Map<Integer, String> DETAILS = Map.of(
            401, "This address needs authentication; the WWW-Authenticate header says how.",
            403, "You are not allowed to do this. Ask an administrator if you need to.",
            429, "Too many requests. Wait as long as the Retry-After header says, then try again.",
            404, "There is nothing at this address. Is the module that serves it enabled?",
            405, "This address does not accept this method; the Allow header lists those it does.",
            406, "This address cannot answer in a media type the request accepts (try application/json).",
            413, "The request body is too large.",
            415, "This address does not accept this content type (send application/json).");

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original;
        }
        Response problem = Problems.response(status, Problems.titleOf(status), DETAILS.get(status), null, null);
        Response.ResponseBuilder withHeaders = Response.fromResponse(problem);
        original.getStringHeaders().forEach((name, values) -> {
            if (keep(name)) {
                withHeaders.header(name, null);
                values.forEach(value -> withHeaders.header(name, value));
            }
        });
        return withHeaders.build();
    }

    /** Headers about the original body (its type, length, encoding) do not describe the problem document. */
    static boolean keep(String header) {
        String name = header.toLowerCase(Locale.ROOT);
        return !name.startsWith("content-") && !name.equals(CorrelationIds.HEADER.toLowerCase(Locale.ROOT));
    }
}
