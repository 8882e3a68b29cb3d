package org.rapport.platform.web.internal;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anything else is a fault of ours: 500 with no details for the caller, everything in the log. */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("rapport-unexpected-errors")
@JakartarsApplicationSelect(RapportRestApplication.SELECT)
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

    @Override
    public Response toResponse(Throwable error) {
        String correlationId = CorrelationIds.current();
        LOG.error("Request {} failed", correlationId, error);
        return Problems.response(500, "Internal Server Error",
                "Something went wrong on our side. Tell your administrator the correlation id " + correlationId + ".",
                null, null);
    }
}
