package dev.apprentice.domain;

import java.util.List;

/**
 * An intent of the domain. {@code useEntities} null means "all entities" (Rasa's default and
 * {@code use_entities: true}); otherwise it lists the entities that enter the dialogue state
 * after this intent. Entities in {@code ignoreEntities} stay out in either case. Neither list
 * changes NLU output or slot filling.
 */
public record Intent(String name, List<String> useEntities, List<String> ignoreEntities) {

    public Intent {
        ignoreEntities = ignoreEntities == null ? List.of() : List.copyOf(ignoreEntities);
        useEntities = useEntities == null ? null : List.copyOf(useEntities);
    }

    public static Intent named(String name) {
        return new Intent(name, null, List.of());
    }

    public boolean usesEntity(String entity) {
        if (ignoreEntities.contains(entity)) {
            return false;
        }
        return useEntities == null || useEntities.contains(entity);
    }
}
