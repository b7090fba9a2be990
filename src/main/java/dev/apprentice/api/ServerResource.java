package dev.apprentice.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The two endpoints Rasa serves without authentication: the greeting and the version. */
@Path("/")
public class ServerResource {

    private final String applicationVersion;

    public ServerResource(
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown")
            String applicationVersion) {
        this.applicationVersion = applicationVersion;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String hello() {
        return "Hello from Apprentice " + applicationVersion + ", implementing the HTTP API of "
                + "Rasa " + RasaApi.VERSION;
    }

    /** Returns Rasa's version fields and, as an extra field, this service's own version. */
    @GET
    @Path("version")
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode version() {
        return Json.object()
                .put("version", RasaApi.VERSION)
                .put("minimum_compatible_version", RasaApi.MINIMUM_COMPATIBLE_VERSION)
                .put("apprentice_version", applicationVersion);
    }
}
