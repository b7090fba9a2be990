package dev.apprentice.action.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actions the server runs, by name, and the names of actions this build declares but cannot
 * run, with the reason. Only runnable actions are listed by {@code GET /actions}. A call to an
 * unavailable one returns 500 with its reason rather than the 404 of an unknown name.
 */
public final class ServedActionRegistry {

    private final Map<String, ServedAction> actions = new LinkedHashMap<>();
    private final Map<String, String> unavailable = new LinkedHashMap<>();

    /** Adds {@code action}; a second action of the same name is a programming error. */
    public synchronized ServedActionRegistry register(ServedAction action) {
        if (actions.containsKey(action.name()) || unavailable.containsKey(action.name())) {
            throw new IllegalArgumentException("an action named '" + action.name()
                    + "' is already registered");
        }
        actions.put(action.name(), action);
        return this;
    }

    /** Records that {@code name} exists but cannot run in this build, and why. */
    public synchronized ServedActionRegistry registerUnavailable(String name, String reason) {
        if (actions.containsKey(name) || unavailable.containsKey(name)) {
            throw new IllegalArgumentException("an action named '" + name
                    + "' is already registered");
        }
        unavailable.put(name, reason);
        return this;
    }

    public synchronized Optional<ServedAction> find(String name) {
        return Optional.ofNullable(actions.get(name));
    }

    /** Returns why {@code name} cannot run, or empty when it can run or is unknown. */
    public synchronized Optional<String> unavailableReason(String name) {
        return Optional.ofNullable(unavailable.get(name));
    }

    /** Returns the names of the runnable actions, in the order they were registered. */
    public synchronized List<String> names() {
        return List.copyOf(actions.keySet());
    }
}
