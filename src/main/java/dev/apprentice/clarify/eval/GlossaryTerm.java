package dev.apprentice.clarify.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A term of the CNCF Cloud Native Glossary ({@code glossary_terms.jsonl}, one JSON object per
 * line with {@code term} and {@code definition}) as a simulated user names and teaches it.
 *
 * @param name the page title without an acronym in brackets: "Mutual Transport Layer Security"
 * @param sentence the first sentence of the definition
 */
record GlossaryTerm(String name, String sentence) {

    private static final Pattern BRACKETS = Pattern.compile("\\s*\\([^)]*\\)");
    /** A sentence ends at a full stop followed by a space and a capital letter, or at the end. */
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?[.!?])(?=\\s+[A-Z]|$)");
    private static final Pattern COPULA = Pattern.compile("\\s(is|are|refers to)\\s");

    /** Reads the terms of {@code file} in file order, skipping entries with an empty title. */
    static List<GlossaryTerm> read(Path file) throws IOException {
        List<GlossaryTerm> terms = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode entry = Json.MAPPER.readTree(line);
            String name = BRACKETS.matcher(entry.path("term").asText()).replaceAll("").strip();
            String definition = entry.path("definition").asText().strip();
            if (!name.isEmpty() && !definition.isEmpty()) {
                terms.add(new GlossaryTerm(name, firstSentence(definition)));
            }
        }
        return terms;
    }

    /**
     * Returns a definition of {@code span} in the form "X is ...": the first sentence, from
     * its first "is", "are" or "refers to" on when the words before it name the term, as in
     * "In computing, an abstraction is a representation ...", else the whole sentence.
     */
    String teaching(String span) {
        Matcher copula = COPULA.matcher(sentence);
        String lastWord = lastWord(name);
        if (copula.find() && sentence.substring(0, copula.start()).toLowerCase(Locale.ROOT)
                .contains(lastWord)) {
            return span + " is " + sentence.substring(copula.end());
        }
        return span + " is " + Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    static String firstSentence(String definition) {
        Matcher matcher = FIRST_SENTENCE.matcher(definition);
        return matcher.find() ? matcher.group(1) : definition;
    }

    private static String lastWord(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }
}
