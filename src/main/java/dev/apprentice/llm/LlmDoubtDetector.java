package dev.apprentice.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.clarify.Doubt;
import dev.apprentice.clarify.DoubtContext;
import dev.apprentice.clarify.DoubtDetector;
import dev.apprentice.clarify.DoubtKind;
import dev.apprentice.clarify.DoubtOption;
import dev.apprentice.clarify.Span;
import dev.apprentice.knowledge.Term;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Asks the language model for unknown terms and ambiguous references that the embedded
 * detectors missed. It runs after them, and the clarifier keeps only doubts on words they did
 * not flag. The model's claims are checked against the message: a span must be words of the
 * message, an unknown term must be unknown to the memory, and a reference's options must be
 * words of the recent turns. Claims that fail are dropped. The explanation shown to the user is
 * written here, never taken from the model. When the model fails it finds nothing, which leaves
 * the embedded detectors' result as it is.
 */
public final class LlmDoubtDetector implements DoubtDetector {

    static final String JOB = "doubt";
    private static final Logger LOG = Logger.getLogger(LlmDoubtDetector.class);
    private static final int MAX_SPAN_CHARS = 80;
    private static final int MAX_OPTIONS = 4;

    private final LlmClient client;
    private final String systemPrompt;

    public LlmDoubtDetector(LlmClient client, String systemPrompt) {
        this.client = client;
        this.systemPrompt = systemPrompt;
    }

    /** Unknown terms are what it reports most; it reports ambiguous references too. */
    @Override
    public DoubtKind kind() {
        return DoubtKind.UNKNOWN_TERM;
    }

    @Override
    public List<Doubt> detect(DoubtContext context) {
        String turns = context.recentTurns().stream()
                .map(t -> (t.fromUser() ? "user: " : "bot: ") + t.text())
                .collect(Collectors.joining("\n"));
        String known = context.knowledge().terms(context.conversationId()).stream()
                .map(Term::name).collect(Collectors.joining(", "));
        String data = DataBlock.of("known_terms", known) + "\n"
                + DataBlock.of("recent_turns", turns) + "\n"
                + DataBlock.of("message", context.text());
        return client.ask(JOB, List.of(SystemMessage.from(systemPrompt), UserMessage.from(data)),
                reply -> parse(reply, context)).orElse(List.of());
    }

    List<Doubt> parse(String reply, DoubtContext context) throws InvalidReplyException {
        JsonNode doubts = Replies.object(reply).get("doubts");
        if (doubts == null || !doubts.isArray()) {
            throw Replies.offSchema("field doubts is missing or not an array");
        }
        List<Doubt> found = new ArrayList<>();
        for (JsonNode item : doubts) {
            if (!item.isObject()) {
                throw Replies.offSchema("an entry of doubts is not an object");
            }
            String kind = Replies.text(item, "kind", 40);
            String span = Replies.text(item, "span", MAX_SPAN_CHARS);
            double score = Replies.probability(item, "score");
            Doubt doubt = switch (kind) {
                case "unknown_term" -> unknownTerm(span, score, context);
                case "ambiguous_reference" -> reference(span, options(item), score, context);
                default -> throw Replies.offSchema("kind is neither unknown_term nor"
                        + " ambiguous_reference");
            };
            if (doubt == null) {
                LOG.debugf("llm.doubt.dropped sender=%s kind=%s", context.conversationId(), kind);
            } else {
                found.add(doubt);
            }
        }
        return found;
    }

    private static Doubt unknownTerm(String words, double score, DoubtContext context) {
        Span span = spanOf(words, context.text());
        if (span == null || context.knowledge().term(span.text(), context.conversationId())
                .isPresent() || span.text().isBlank()) {
            return null;
        }
        return new Doubt(DoubtKind.UNKNOWN_TERM, span, List.of(), score,
                "I don't know \"" + span.text() + "\".", false);
    }

    private static Doubt reference(String words, List<String> options, double score,
            DoubtContext context) {
        Span span = spanOf(words, context.text());
        if (span == null) {
            return null;
        }
        String turns = context.recentTurns().stream().map(t -> t.text().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("\n"));
        List<DoubtOption> grounded = options.stream()
                .filter(o -> turns.contains(o.toLowerCase(Locale.ROOT)))
                .map(o -> new DoubtOption(o, o)).limit(MAX_OPTIONS).toList();
        String explanation = grounded.isEmpty()
                ? "I'm not sure what \"" + span.text() + "\" refers to."
                : "I'm not sure which of several things \"" + span.text() + "\" means.";
        return new Doubt(DoubtKind.AMBIGUOUS_REFERENCE, span, grounded, score, explanation,
                grounded.size() > 1);
    }

    private static List<String> options(JsonNode item) throws InvalidReplyException {
        JsonNode options = item.path("options");
        if (options.isMissingNode() || options.isNull()) {
            return List.of();
        }
        if (!options.isArray()) {
            throw Replies.offSchema("options is not an array");
        }
        Set<String> texts = new LinkedHashSet<>();
        for (JsonNode option : options) {
            if (!option.isTextual()) {
                throw Replies.offSchema("an option is not a string");
            }
            String text = option.asText().strip();
            if (!text.isEmpty() && text.length() <= MAX_SPAN_CHARS) {
                texts.add(text);
            }
        }
        return List.copyOf(texts);
    }

    /** Returns where {@code words} occur in {@code text}, ignoring case, or null. */
    static Span spanOf(String words, String text) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(words.toLowerCase(Locale.ROOT));
        if (words.isBlank() || at < 0) {
            return null;
        }
        int start = text.codePointCount(0, at);
        String matched = text.substring(at, at + words.length());
        return new Span(start, start + matched.codePointCount(0, matched.length()), matched);
    }
}
