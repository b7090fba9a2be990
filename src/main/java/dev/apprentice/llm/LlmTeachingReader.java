package dev.apprentice.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.clarify.Question;
import dev.apprentice.clarify.Teaching;
import dev.apprentice.clarify.TeachingReader;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Reads a free-text teaching answer with the language model into a sense, an alias or a fact
 * about the term asked about. What it returns must come from the answer: "words of the answer"
 * below means a contiguous run of the answer's words, compared case-insensitively. A sense's
 * gloss must be words of the answer. An alias's term must be words of the answer other than the
 * term asked about. A fact's object must be words of the answer, and its subject the term asked
 * about or words of the answer. A reply that fails these
 * checks, a reply of kind {@code nothing}, and a failed model leave the answer to {@code local},
 * so a definition is never lost because the model read nothing in it. Storing and approving
 * what was read stay with the clarifier and the knowledge memory's trust rules. A term that is
 * part of personal data in the user's message is never sent, and {@code local} reads the answer.
 */
public final class LlmTeachingReader implements TeachingReader {

    private static final Logger LOG = Logger.getLogger(LlmTeachingReader.class);
    static final String JOB = "teaching";
    private static final int MAX_NAME = 100;
    private static final int MAX_GLOSS = 300;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final LlmClient client;
    private final String systemPrompt;
    private final TeachingReader local;

    public LlmTeachingReader(LlmClient client, String systemPrompt, TeachingReader local) {
        this.client = client;
        this.systemPrompt = systemPrompt;
        this.local = local;
    }

    @Override
    public Optional<Teaching> read(String answer, Question question) {
        if (answer == null || answer.isBlank()) {
            return Optional.empty();
        }
        String message = question.original() == null ? "" : question.original().text();
        if (client.isPersonalData(message, question.span().text())) {
            LOG.debug("llm.skip job=teaching: the term is part of personal data");
            return local.read(answer, question);
        }
        String data = DataBlock.of("term", question.span().text()) + "\n"
                + DataBlock.of("question", question.explanation()) + "\n"
                + DataBlock.of("reply", answer);
        return client.ask(JOB, List.of(SystemMessage.from(systemPrompt), UserMessage.from(data)),
                reply -> parse(reply, answer, question.span().text()))
                .flatMap(teaching -> teaching)
                .or(() -> local.read(answer, question));
    }

    Optional<Teaching> parse(String reply, String answer, String term)
            throws InvalidReplyException {
        ObjectNode node = Replies.object(reply);
        String kind = Replies.text(node, "kind", 20);
        return switch (kind) {
            case "nothing" -> Optional.empty();
            case "sense" -> Optional.of(new Teaching.Sense(
                    fromAnswer(Replies.text(node, "gloss", MAX_GLOSS), answer, "gloss")));
            case "alias" -> Optional.of(new Teaching.Alias(otherName(node, answer, term)));
            case "fact" -> Optional.of(fact(node, answer, term));
            default -> throw Replies.offSchema("kind is not sense, alias, fact or nothing");
        };
    }

    private static String otherName(ObjectNode node, String answer, String term)
            throws InvalidReplyException {
        String name = fromAnswer(Replies.text(node, "term", MAX_NAME), answer, "term");
        if (name.equalsIgnoreCase(term)) {
            throw Replies.offSchema("alias names the term asked about");
        }
        return name;
    }

    private static Teaching.Fact fact(ObjectNode node, String answer, String term)
            throws InvalidReplyException {
        String subject = nonEmpty(Replies.text(node, "subject", MAX_NAME), "subject");
        if (!subject.equalsIgnoreCase(term)) {
            fromAnswer(subject, answer, "subject");
        }
        return new Teaching.Fact(subject,
                nonEmpty(Replies.text(node, "relation", MAX_NAME), "relation"),
                fromAnswer(Replies.text(node, "object", MAX_NAME), answer, "object"));
    }

    private static String fromAnswer(String value, String answer, String field)
            throws InvalidReplyException {
        nonEmpty(value, field);
        String words = " " + String.join(" ", words(value)) + " ";
        if (words.isBlank() || !(" " + String.join(" ", words(answer)) + " ").contains(words)) {
            throw Replies.offSchema(field + " is not taken from the answer");
        }
        return value;
    }

    /** Returns the lower-case words of {@code text}, split at anything but letters and digits. */
    private static List<String> words(String text) {
        return Arrays.stream(NON_WORD.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty()).toList();
    }

    private static String nonEmpty(String value, String field) throws InvalidReplyException {
        if (value.isEmpty()) {
            throw Replies.offSchema(field + " is empty");
        }
        return value;
    }
}
