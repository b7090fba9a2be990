package dev.apprentice.training;

import java.util.List;

/** A named list of entity values; its name is the entity they belong to. */
public record LookupTable(String name, List<String> elements) {
}
