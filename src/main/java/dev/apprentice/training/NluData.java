package dev.apprentice.training;

import java.util.List;
import java.util.Map;

/**
 * The NLU training data of a bot, merged from every data file. {@code synonyms} maps the lower-case
 * surface form to the canonical value, including values given inline in annotations.
 */
public record NluData(
        List<NluExample> examples,
        Map<String, String> synonyms,
        List<RegexFeature> regexes,
        List<LookupTable> lookups) {

    public NluData {
        examples = List.copyOf(examples);
        synonyms = Map.copyOf(synonyms);
        regexes = List.copyOf(regexes);
        lookups = List.copyOf(lookups);
    }

    public static NluData empty() {
        return new NluData(List.of(), Map.of(), List.of(), List.of());
    }
}
