package org.rapport.platform.web.internal;

import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * HTTP-level errors the REST runtime raises itself (no such address, wrong method, unsupported media
 * type, …) in the problem format. Their details are written here: the runtime's own messages name
 * internals.
 */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("rapport-http-errors")
@JakartarsApplicationSelect(RapportRestApplication.SELECT)
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    private static final Map<Integer, String> DETAILS = Map.of(
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
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? problem : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
    }
}
