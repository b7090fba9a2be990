package dev.apprentice.action;

import dev.apprentice.domain.Domain;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the action for a name: a custom action listed in the domain overrides a default one of
 * the same name (as in Rasa); then forms, responses, and Rasa's default actions. Any other name
 * the domain lists runs on the action server.
 */
public final class ActionRegistry {

    private final Domain domain;
    private final CustomActionExecutor custom;
    private final Map<String, Action> defaults;
    private final Map<String, Action> cache = new HashMap<>();

    public ActionRegistry(Domain domain, CustomActionExecutor custom) {
        this(domain, custom, OpenQuestionAnswerer.NONE);
    }

    /** Builds the registry with a fallback action that first lets {@code answerer} reply. */
    public ActionRegistry(Domain domain, CustomActionExecutor custom,
            OpenQuestionAnswerer answerer) {
        this.domain = domain;
        this.custom = custom;
        this.defaults = DefaultActions.all(answerer);
    }

    /** Returns the action for {@code name}; an unknown name gives null. */
    public synchronized Action get(String name) {
        return cache.computeIfAbsent(name, this::create);
    }

    public boolean exists(String name) {
        return get(name) != null;
    }

    private Action create(String name) {
        if (domain.actions().contains(name) && !domain.responses().containsKey(name)
                && !domain.forms().containsKey(name)) {
            return remote(name);
        }
        if (domain.forms().containsKey(name)) {
            return new FormAction(domain.forms().get(name), domain, custom);
        }
        if (domain.responses().containsKey(name)) {
            return new UtterAction(name);
        }
        return defaults.get(name);
    }

    private Action remote(String name) {
        return new Action() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public ActionResult run(dev.apprentice.tracker.DialogueStateTracker tracker,
                    ActionContext context) {
                return custom.run(name, tracker, context);
            }
        };
    }
}
