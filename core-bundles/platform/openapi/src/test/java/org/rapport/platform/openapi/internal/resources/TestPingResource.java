package org.rapport.platform.openapi.internal.resources;

import jakarta.ws.rs.Path;

@Path("ping")
public class TestPingResource implements PingApi {

    @Override
    public String ping() {
        return "pong";
    }
}
