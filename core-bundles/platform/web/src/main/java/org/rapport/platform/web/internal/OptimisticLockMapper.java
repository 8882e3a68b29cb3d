package org.rapport.platform.web.internal;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * A version conflict found at commit time: 409. Resources that know the record's current version
 * report it themselves with {@code ApiProblem.conflict}; this is the safety net.
 */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("rapport-version-conflicts")
@JakartarsApplicationSelect(RapportRestApplication.SELECT)
public class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {

    @Override
    public Response toResponse(OptimisticLockException exception) {
        return Problems.response(409, "The record was changed by someone else",
                "Someone saved this record after you read it. Reload it and apply your change again.", null, null);
    }
}
