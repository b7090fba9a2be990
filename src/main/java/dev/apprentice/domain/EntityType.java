package dev.apprentice.domain;

import java.util.List;

/** An entity declared in the domain, with the roles and groups it may carry. */
public record EntityType(String name, List<String> roles, List<String> groups) {

    public EntityType {
        roles = roles == null ? List.of() : List.copyOf(roles);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    public static EntityType named(String name) {
        return new EntityType(name, List.of(), List.of());
    }
}
