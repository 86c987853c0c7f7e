// JAX-RS: @RolesAllowed on the resource class guards its methods.
package com.example.video;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.*;

@Path("/video")
public class JaxRsTokenResource {
    // ruleid: unauthenticated-token-endpoint
    @POST
    @Path("/token")
    public String token(@FormParam("sessionId") String sessionId) throws OpenTokException {
        return opentok.generateToken(sessionId);
    }

    // ok: unauthenticated-token-endpoint
    @POST
    @Path("/member/token")
    @RolesAllowed("member")
    public String memberToken(@FormParam("sessionId") String sessionId) throws OpenTokException {
        return opentok.generateToken(sessionId);
    }
}
