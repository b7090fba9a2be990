package dev.apprentice.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.agent.Agent;
import dev.apprentice.config.ApprenticeConfig;
import dev.apprentice.json.Json;
import dev.apprentice.nlu.ParseResult;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.Locale;

/** The model endpoints of Rasa's HTTP API that a runtime serves: status, parse and domain. */
@Path("/")
@TokenSecured
public class ModelResource {

    static final String YAML_TYPE = "application/x-yaml";

    private final Agent agent;
    private final ApprenticeConfig config;

    public ModelResource(Agent agent, ApprenticeConfig config) {
        this.agent = agent;
        this.config = config;
    }

    @GET
    @Path("status")
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode status() {
        return Json.object()
                .put("model_file", agent.modelFile())
                .put("model_id", agent.modelId())
                .put("num_active_training_jobs", 0);
    }

    /**
     * Parses {@code {"text": …}} with the bot's NLU; a list uses its first item, an empty or
     * blank text gives the empty result (intent name null, confidence 0.0).
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("model/parse")
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode parse(@QueryParam("emulation_mode") String emulationMode, byte[] body) {
        var parser = agent.processor().bot().parser();
        if (emulationMode != null) {
            throw ApiException.badParameter("The parameter 'emulation_mode' is not supported: "
                    + "this server returns only Rasa's own parse format. Leave it out.",
                    "emulation_mode", "query");
        }
        String text = RequestFields.messageText(RequestBodies.parseObject(body), "text",
                config.maxMessageChars());
        if (text.isBlank()) {
            return ParseResult.empty(text).toJson();
        }
        return parser.parse(text).toJson();
    }

    /**
     * Returns the domain as JSON when Accept is absent or ends in {@code json}, as YAML when it
     * ends in {@code yml} or {@code yaml}; any other value, {@code *}{@code /*} included, gets
     * 406 as in Rasa.
     */
    @GET
    @Path("domain")
    public Response domain(@HeaderParam("Accept") String accept) {
        ObjectNode domain = agent.processor().bot().domain().json();
        String accepted = accept == null ? "application/json" : accept.trim().toLowerCase(
                Locale.ROOT);
        if (accepted.endsWith("json")) {
            return Response.ok(domain, MediaType.APPLICATION_JSON_TYPE).build();
        }
        if (accepted.endsWith("yml") || accepted.endsWith("yaml")) {
            return Response.ok(toYaml(domain), YAML_TYPE).build();
        }
        throw new ApiException(406, "NotAcceptable", "Invalid Accept header. Domain can be "
                + "provided as json (\"Accept: application/json\") or yml (\"Accept: "
                + "application/x-yml\"). Make sure you've set the appropriate Accept header.",
                null);
    }

    private static String toYaml(JsonNode domain) {
        try {
            return TestStoryWriter.YAML.writeValueAsString(domain);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
