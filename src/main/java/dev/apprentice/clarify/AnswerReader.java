package dev.apprentice.clarify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.json.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a user's reply to a clarifying question. It recognises, in this order: a button payload
 * ({@code /apprentice_answer{"option": "..."}}), a request to drop the question ("skip", "never
 * mind"), a rejection of all options ("neither", "none of them", "no, I meant ..."), an ordinal
 * ("2", "the second one", "the last one"), a yes to a proposed best guess, and the words of an
 * option. Anything else is free text, such as a definition.
 */
public final class AnswerReader {

    /** The prefix of the button payloads that carry an option's value. */
    public static final String PAYLOAD_INTENT = "/apprentice_answer";

    private static final Pattern PAYLOAD = Pattern.compile(
            "^/apprentice_answer(\\{.*})$", Pattern.DOTALL);
    private static final Pattern SKIP = Pattern.compile(
            "^(skip( it| this)?|never ?mind|forget (it|that)|no idea|pass|cancel)[.!]*$");
    private static final Pattern NEITHER = Pattern.compile(
            "^(neither|none( of (them|these|those))?|no(pe)?|something else|not (quite|really"
                    + "|that))\\b[\\s,.:;!-]*(i meant|i mean|it'?s|it is)?[\\s,.:;-]*(.*)$");
    private static final Pattern YES = Pattern.compile(
            "^(yes|yep|yeah|yup|correct|right|exactly|that'?s (it|right)|sure)[.!]*$");
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("1st", 1), Map.entry("one", 1),
            Map.entry("second", 2), Map.entry("2nd", 2), Map.entry("two", 2),
            Map.entry("third", 3), Map.entry("3rd", 3), Map.entry("three", 3),
            Map.entry("fourth", 4), Map.entry("4th", 4), Map.entry("four", 4),
            Map.entry("fifth", 5), Map.entry("5th", 5), Map.entry("five", 5));
    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:the |option |number |no\\.? ?|#)?(\\d+|first|1st|one|second|2nd|two|third|3rd"
                    + "|three|fourth|4th|four|fifth|5th|five|last)(?: one| option)?[.!]*$");

    public Answer read(String text, Question question) {
        String raw = text == null ? "" : text.strip();
        String lower = raw.toLowerCase(Locale.ROOT);
        List<DoubtOption> options = question.options();
        Optional<Answer> payload = payload(raw, options);
        if (payload.isPresent()) {
            return payload.get();
        }
        if (SKIP.matcher(lower).matches()) {
            return new Answer.Skip();
        }
        Optional<DoubtOption> ordinal = ordinal(lower, options);
        if (ordinal.isPresent()) {
            return new Answer.Chosen(ordinal.get());
        }
        if (!options.isEmpty() && YES.matcher(lower).matches()) {
            return new Answer.Chosen(options.get(0));
        }
        Matcher neither = NEITHER.matcher(lower);
        if (neither.matches()) {
            return new Answer.Neither(raw.substring(raw.length() - neither.group(7).length())
                    .strip());
        }
        return byWords(lower, options).<Answer>map(Answer.Chosen::new)
                .orElseGet(() -> new Answer.FreeText(raw));
    }

    private static Optional<Answer> payload(String raw, List<DoubtOption> options) {
        Matcher m = PAYLOAD.matcher(raw);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            JsonNode body = Json.MAPPER.readTree(m.group(1));
            String value = Json.text(body, "option");
            if ("skip".equals(value)) {
                return Optional.of(new Answer.Skip());
            }
            return options.stream().filter(o -> o.value().equals(value)).findFirst()
                    .map(Answer.Chosen::new);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static Optional<DoubtOption> ordinal(String lower, List<DoubtOption> options) {
        Matcher m = ORDINAL.matcher(lower);
        if (!m.matches() || options.isEmpty()) {
            return Optional.empty();
        }
        String word = m.group(1);
        int index = word.equals("last") ? options.size()
                : word.chars().allMatch(Character::isDigit) ? Integer.parseInt(word)
                : ORDINALS.get(word);
        return index >= 1 && index <= options.size()
                ? Optional.of(options.get(index - 1)) : Optional.empty();
    }

    private static Optional<DoubtOption> byWords(String lower, List<DoubtOption> options) {
        String cleaned = lower.replaceAll("^(the |i meant |i mean |it'?s |it is )", "")
                .replaceAll("[.!?]+$", "").strip();
        if (cleaned.length() < 2) {
            return Optional.empty();
        }
        for (DoubtOption option : options) {
            String label = option.label().toLowerCase(Locale.ROOT);
            String value = option.value().toLowerCase(Locale.ROOT).replace('_', ' ');
            if (cleaned.equals(label) || cleaned.equals(value)) {
                return Optional.of(option);
            }
        }
        List<DoubtOption> containing = options.stream()
                .filter(o -> contains(cleaned, o.label().toLowerCase(Locale.ROOT))
                        || contains(o.label().toLowerCase(Locale.ROOT), cleaned))
                .toList();
        return containing.size() == 1 ? Optional.of(containing.get(0)) : Optional.empty();
    }

    private static boolean contains(String text, String part) {
        return part.length() >= 3 && (" " + text + " ").contains(" " + part + " ");
    }
}
