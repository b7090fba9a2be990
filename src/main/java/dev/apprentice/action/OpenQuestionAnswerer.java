package dev.apprentice.action;

import dev.apprentice.tracker.DialogueStateTracker;
import java.util.Optional;

/**
 * Answers a user message that no rule, story or response covers, where
 * {@code action_default_fallback} runs. An answer must rest on what the bot was taught and name
 * the taught items it used. Empty lets the fallback send {@code utter_default} as Rasa's does.
 * Implementations are thread-safe and never raise.
 */
@FunctionalInterface
public interface OpenQuestionAnswerer {

    /** Returns the answer to {@code question}, the tracker's latest user message. */
    Optional<String> answer(DialogueStateTracker tracker, String question);

    /** Never answers, so the fallback behaves as Rasa's. */
    OpenQuestionAnswerer NONE = (tracker, question) -> Optional.empty();
}
