package org.rapport.platform.web.internal;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.rapport.platform.api.web.ApiProblem;

/**
 * 413 for a resource that takes the body as a stream and reads past the limit itself (an entity read
 * by a provider is turned into 413 by {@link RequestBodyLimitFilter} already).
 */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("rapport-request-body-too-large")
@JakartarsApplicationSelect(RapportRestApplication.SELECT)
public class RequestBodyTooLargeMapper implements ExceptionMapper<LimitedInputStream.TooLargeException> {

    @Override
    public Response toResponse(LimitedInputStream.TooLargeException exception) {
        ApiProblem problem = RequestBodyLimit.tooLarge(exception.limit());
        return Problems.response(problem.status(), problem.title(), problem.detail(), null, problem.extensions());
    }
}
