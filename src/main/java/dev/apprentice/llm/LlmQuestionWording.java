package dev.apprentice.llm;

import dev.apprentice.clarify.Question;
import dev.apprentice.clarify.QuestionWording;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Rewords the mode's template question with the language model, to fit the conversation's
 * mode. The reply must be {@code {"question": "..."}}: one paragraph of at most
 * {@value #MAX_CHARS} characters that keeps the term asked about word for word and contains
 * no link, e-mail address or slash command (see {@link UnsafeContent}). Otherwise, and when
 * the model fails, the template's text is sent. Only the text changes: the options, their
 * buttons, the mode and the kind are the engine's. A term that is part of personal data in the
 * user's message (a piece of an IBAN, say) is never sent, and the template's text is used.
 */
public final class LlmQuestionWording implements QuestionWording {

    private static final Logger LOG = Logger.getLogger(LlmQuestionWording.class);
    static final String JOB = "question";
    static final int MAX_CHARS = 300;

    private final LlmClient client;
    private final String systemPrompt;

    public LlmQuestionWording(LlmClient client, String systemPrompt) {
        this.client = client;
        this.systemPrompt = systemPrompt;
    }

    @Override
    public String word(Question question, String template) {
        String message = question.original() == null ? "" : question.original().text();
        if (client.isPersonalData(message, question.span().text())) {
            LOG.debug("llm.skip job=question: the term is part of personal data");
            return template;
        }
        String data = DataBlock.of("mode", question.mode().id()) + "\n"
                + DataBlock.of("term", question.span().text()) + "\n"
                + DataBlock.of("template", template);
        return client.ask(JOB, List.of(SystemMessage.from(systemPrompt), UserMessage.from(data)),
                reply -> parse(reply, question)).orElse(template);
    }

    String parse(String reply, Question question) throws InvalidReplyException {
        String text = Replies.text(Replies.object(reply), "question", MAX_CHARS);
        String term = question.span().text().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.contains("\n")) {
            throw Replies.offSchema("question is empty or has several paragraphs");
        }
        if (!text.toLowerCase(Locale.ROOT).contains(term)) {
            throw Replies.offSchema("question leaves out the term asked about");
        }
        Optional<String> unsafe = UnsafeContent.find(text);
        if (unsafe.isPresent()) {
            throw Replies.offSchema("question contains " + unsafe.get());
        }
        return text;
    }
}
