package dev.apprentice.channel.socketio;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Rasa's health route of the socket.io channel; 404 when the bot does not enable it. */
@Path("/webhooks/socketio")
public class SocketIoHealth {

    private final SocketIoRoutes routes;

    public SocketIoHealth(SocketIoRoutes routes) {
        this.routes = routes;
    }

    @GET
    @Path("/")
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        if (routes.settings() == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return Response.ok("{\"status\":\"ok\"}").build();
    }
}
