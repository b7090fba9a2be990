package dev.apprentice.training;

import java.util.List;

/** A named list of regular expressions; its name is an entity when the domain declares one. */
public record RegexFeature(String name, List<String> patterns) {
}
