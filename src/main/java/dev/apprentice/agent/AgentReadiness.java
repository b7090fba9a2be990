package dev.apprentice.agent;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Reports ready once the bot has been loaded and its NLU trained. */
@Readiness
@ApplicationScoped
public class AgentReadiness implements HealthCheck {

    private final Agent agent;

    public AgentReadiness(Agent agent) {
        this.agent = agent;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("bot").status(agent.ready()).build();
    }
}
