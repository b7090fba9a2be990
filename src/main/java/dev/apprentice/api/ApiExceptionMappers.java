package dev.apprentice.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.apprentice.agent.AgentNotReadyException;
import dev.apprentice.processor.UnknownActionException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that leaves a resource into Rasa's error body. Bad input is a 4xx; only
 * failures the caller cannot cause give a 500, with a generic message and one ERROR log line.
 */
public class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    @ServerExceptionMapper
    public Response mapApiException(ApiException e) {
        return respond(e.toError());
    }

    @ServerExceptionMapper
    public Response mapAgentNotReady(AgentNotReadyException e) {
        return respond(RasaError.of(409, "Conflict", e.getMessage(), null));
    }

    @ServerExceptionMapper
    public Response mapUnknownAction(UnknownActionException e) {
        String message = "Action '" + e.actionName() + "' is not in the domain.";
        return respond(RasaError.of(404, "NotFound", message, null));
    }

    /** Bodies bound by the framework (outside this package) that are not valid JSON. */
    @ServerExceptionMapper
    public Response mapJsonProcessing(JsonProcessingException e) {
        return respond(RasaError.of(400, "BadRequest",
                "The request body is not valid JSON: " + e.getOriginalMessage(), null));
    }

    /** Unrouted paths, wrong methods and media types keep their status. */
    @ServerExceptionMapper
    public Response mapWebApplication(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String reason = status.getReasonPhrase().replace(" ", "");
        return respond(RasaError.of(status.getStatusCode(), reason, status.getReasonPhrase(),
                null));
    }

    @ServerExceptionMapper
    public Response mapUnexpected(ContainerRequestContext request, Exception e) {
        LOG.errorf(e, "%s %s failed", request.getMethod(), request.getUriInfo().getPath());
        return respond(RasaError.of(500, "ServerError",
                "An unexpected error occurred while handling the request.", null));
    }

    static Response respond(RasaError error) {
        return Response.status(error.code()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(error).build();
    }
}
