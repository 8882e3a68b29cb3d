package org.rapport.platform.openapi.internal.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Annotations on an interface: the implementing class inherits them. */
@Path("ping")
public interface PingApi {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    String ping();
}
