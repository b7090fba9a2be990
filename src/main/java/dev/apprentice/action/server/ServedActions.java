package dev.apprentice.action.server;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Builds the registry of the actions Apprentice serves. {@code action_set_mode} always runs.
 * The clarification and knowledge actions run when a {@link ClarificationPort} or
 * {@link KnowledgePort} bean exists, which the application provides. A registry created
 * without a port does not list the actions that need it under {@code GET /actions}, and a call
 * to one returns 500 saying it is not available in this build.
 */
@Dependent
public class ServedActions {

    static final String NO_CLARIFICATION = "no clarification engine is installed";
    static final String NO_KNOWLEDGE = "no knowledge memory is installed";

    @Produces
    @Singleton
    ServedActionRegistry registry(Instance<ClarificationPort> clarification,
            Instance<KnowledgePort> knowledge) {
        return create(clarification.isResolvable() ? clarification.get() : null,
                knowledge.isResolvable() ? knowledge.get() : null);
    }

    /** Creates the registry; a null port marks the actions that need it as unavailable. */
    public static ServedActionRegistry create(ClarificationPort clarification,
            KnowledgePort knowledge) {
        ServedActionRegistry registry = new ServedActionRegistry();
        registry.register(new SetModeAction());
        if (clarification != null) {
            registry.register(new ClarifyAction(clarification));
        } else {
            registry.registerUnavailable(ClarifyAction.NAME, NO_CLARIFICATION);
        }
        if (knowledge != null) {
            registry.register(new LearnFromAnswerAction(knowledge));
            registry.register(new ExplainTermAction(knowledge));
        } else {
            registry.registerUnavailable(LearnFromAnswerAction.NAME, NO_KNOWLEDGE);
            registry.registerUnavailable(ExplainTermAction.NAME, NO_KNOWLEDGE);
        }
        return registry;
    }
}
