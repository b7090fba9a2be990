package dev.apprentice.clarify;

/**
 * Words a clarifying question. The embedded engine sends the text of the mode's template as it
 * is. Another implementation may reword it, but the question's options, mode and kind stay as
 * the engine chose them. Implementations are thread-safe and never raise.
 */
@FunctionalInterface
public interface QuestionWording {

    /** Returns the text to send for {@code question}, whose template gives {@code template}. */
    String word(Question question, String template);

    /** The template's text, unchanged. */
    QuestionWording TEMPLATES = (question, template) -> template;
}
