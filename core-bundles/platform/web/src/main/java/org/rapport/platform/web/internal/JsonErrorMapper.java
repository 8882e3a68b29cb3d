package org.rapport.platform.web.internal;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.rapport.platform.api.web.FieldError;

/** A request body that is not JSON, or not the JSON the address expects: 400, saying where and what. */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("rapport-json-errors")
@JakartarsApplicationSelect(RapportRestApplication.SELECT)
public class JsonErrorMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
        StreamReadException unreadable = unreadable(exception);
        if (unreadable != null) {
            return Problems.response(400, "The request body is not valid JSON", where(unreadable.getLocation()),
                    null, null);
        }
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            FieldError error = new FieldError(JsonPaths.of(mapping.getPath()), reason(mapping));
            return Problems.response(400, "The request is not valid",
                    "A field of the request body has the wrong form.", List.of(error), null);
        }
        return Problems.response(400, "The request body is not valid JSON", where(exception.getLocation()), null,
                null);
    }

    /** Broken JSON, even when found while a field was being read (then it comes wrapped with a path). */
    private static StreamReadException unreadable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException broken) {
                return broken;
            }
        }
        return null;
    }

    private static String reason(JsonMappingException exception) {
        if (exception instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (exception instanceof InvalidFormatException invalid) {
            return "expected " + JsonPaths.kindOf(invalid.getTargetType()) + ", got '" + invalid.getValue() + "'";
        }
        if (exception instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + JsonPaths.kindOf(mismatch.getTargetType());
        }
        return "has the wrong form";
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "Send a JSON document (Content-Type: application/json).";
        }
        return "The JSON breaks off or is malformed at line " + location.getLineNr() + ", column "
                + location.getColumnNr() + ".";
    }
}
