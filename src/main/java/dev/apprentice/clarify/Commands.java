package dev.apprentice.clarify;

import dev.apprentice.event.Event;
import dev.apprentice.knowledge.KnowledgeView;
import dev.apprentice.knowledge.Sense;
import dev.apprentice.knowledge.Term;
import dev.apprentice.processor.Interception;
import dev.apprentice.processor.UserMessage;
import dev.apprentice.tracker.DialogueStateTracker;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages the clarification engine replies to itself: {@code /mode <name>}, and "what is
 * X?" or "what does X mean?" about a term in the knowledge memory. Also words assumptions.
 */
final class Commands {

    private static final Pattern MODE = Pattern.compile(
            "^/mode\\s+(\\S+)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHAT_IS = Pattern.compile(
            "^(?:what|who)(?: is|'s| are) (?:an? |the )?(.+?)\\s*\\??$"
                    + "|^what does (?:an? |the )?(.+?) (?:mean|stand for)\\s*\\??$",
            Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy")
            .withZone(ZoneOffset.UTC);
    private static final Map<Mode, String> DESCRIPTIONS = Map.of(
            Mode.TEACHER, "I'll ask about everything I don't understand, so you can teach me.",
            Mode.PARTNER, "I'll propose my best guess and ask you to confirm it.",
            Mode.ASSISTANT, "I'll only ask when I can't act safely, and otherwise tell you what"
                    + " I assumed.");

    private final PromptTemplates prompts;
    private final KnowledgeView knowledge;
    private final QuestionBuilder questions;

    Commands(PromptTemplates prompts, KnowledgeView knowledge, QuestionBuilder questions) {
        this.prompts = prompts;
        this.knowledge = knowledge;
        this.questions = questions;
    }

    Optional<Interception> modeCommand(UserMessage message, String text, double now) {
        Matcher m = MODE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Mode> mode = Mode.parse(m.group(1));
        List<Event> events = new ArrayList<>();
        if (mode.isPresent()) {
            events.add(Clarifier.modeEvent(mode.get(), now));
            events.add(questions.statement(prompts.common("mode_switched", Map.of(
                    "mode", mode.get().id(), "description", DESCRIPTIONS.get(mode.get()))),
                    now));
        } else {
            events.add(questions.statement(prompts.common("mode_unknown",
                    Map.of("requested", m.group(1))), now));
        }
        return Optional.of(Interception.reply(message, "action_set_mode", events));
    }

    /** Returns the term a "what is X?" message asks about, if the message is one. */
    static Optional<String> askedTerm(String text) {
        Matcher m = WHAT_IS.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** Answers "what is X?" from the memory when X is a known term. */
    Optional<Interception> explain(UserMessage message, String text, Mode mode,
            List<Event> modeEvents, DialogueStateTracker tracker, double now) {
        Matcher m = WHAT_IS.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String surface = m.group(1) != null ? m.group(1) : m.group(2);
        List<String> explanations = explanations(surface, tracker.senderId());
        if (explanations.isEmpty()) {
            return Optional.empty();
        }
        List<Event> events = new ArrayList<>(modeEvents);
        explanations.forEach(line -> events.add(questions.statement(line, now)));
        return Optional.of(Interception.reply(message, "action_explain_term", events));
    }

    /**
     * Returns one sentence per sense of the term named {@code surface} that is visible to
     * conversation {@code conversationId}, naming who taught it. The list is empty when the
     * term is unknown or has no sense.
     */
    List<String> explanations(String surface, String conversationId) {
        Optional<Term> term = knowledge.term(surface, conversationId);
        if (term.isEmpty()) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (Sense sense : term.get().senses()) {
            texts.add(prompts.common("explain_term", Map.of("term", term.get().name(),
                    "gloss", sense.gloss(), "taught", taughtBy(sense))));
        }
        return texts;
    }

    private static String taughtBy(Sense sense) {
        var p = sense.provenance();
        String when = p == null || p.time() == null ? "" : " on " + DATE.format(p.time());
        String who = p == null || p.sender() == null ? "someone" : p.sender();
        String review = switch (sense.review()) {
            case APPROVED -> "";
            case PENDING -> ", not reviewed yet";
            case REJECTED -> ", rejected";
        };
        return "taught by " + who + when + review;
    }

    String assumption(List<Doubt> doubts) {
        List<String> parts = new ArrayList<>();
        for (Doubt doubt : doubts) {
            String best = doubt.options().get(0).label();
            parts.add(switch (doubt.kind()) {
                case UNCERTAIN_INTENT -> "you want to " + best;
                case UNKNOWN_TERM -> "\"" + doubt.span().text() + "\" is " + best;
                case AMBIGUOUS_REFERENCE, AMBIGUOUS_TERM ->
                        "\"" + doubt.span().text() + "\" means " + best;
            });
        }
        return prompts.common("assumption", Map.of("assumption", String.join(" and ", parts)));
    }
}
