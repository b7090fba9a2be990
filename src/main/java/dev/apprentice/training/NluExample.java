package dev.apprentice.training;

import java.util.List;

/**
 * One training example: the plain text (annotations removed), its intent, and its entities.
 * {@code source} names the file and line it came from, for error messages.
 */
public record NluExample(String intent, String text, List<ExampleEntity> entities, String source) {

    public NluExample {
        entities = entities == null ? List.of() : List.copyOf(entities);
    }
}
