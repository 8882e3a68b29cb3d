package org.rapport.platform.web.internal;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.rapport.platform.api.web.ApiProblem;

/** Problems a resource reports on purpose: their status, words, field errors and extensions as they are. */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("rapport-api-problems")
@JakartarsApplicationSelect(RapportRestApplication.SELECT)
public class ApiProblemMapper implements ExceptionMapper<ApiProblem> {

    @Override
    public Response toResponse(ApiProblem problem) {
        return Problems.response(problem.status(), problem.title(), problem.detail(), problem.fieldErrors(),
                problem.extensions());
    }
}
