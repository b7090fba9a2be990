package dev.apprentice.domain;

import java.util.List;

/** A form: the slots it asks for in order, and the intents that never fill them. */
public record Form(String name, List<String> requiredSlots, List<String> ignoredIntents) {

    public Form {
        requiredSlots = requiredSlots == null ? List.of() : List.copyOf(requiredSlots);
        ignoredIntents = ignoredIntents == null ? List.of() : List.copyOf(ignoredIntents);
    }
}
