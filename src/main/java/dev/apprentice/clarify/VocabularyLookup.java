package dev.apprentice.clarify;

import java.util.Optional;
import java.util.Set;

/**
 * The questions the detectors put to a {@link Vocabulary}: a {@link BotVocabulary} answers all
 * of them; any other vocabulary answers through {@link Vocabulary#knows} alone, with no word
 * list of names and no typo correction.
 */
final class VocabularyLookup {

    private final Vocabulary vocabulary;
    private final BotVocabulary bot;

    VocabularyLookup(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.bot = vocabulary instanceof BotVocabulary b ? b : null;
    }

    boolean knows(String word) {
        return vocabulary != null && vocabulary.knows(word);
    }

    boolean knowsAsBotWord(String word) {
        return bot != null ? bot.knowsAsBotWord(word) : knows(word);
    }

    boolean knowsAsName(String word) {
        return bot != null ? bot.knowsAsName(word) : knows(word);
    }

    boolean knowsAsCommonWord(String word) {
        return bot != null && bot.knowsAsCommonWord(word);
    }

    Optional<String> correction(String word, boolean botWordsOnly) {
        return bot != null ? bot.correction(word, botWordsOnly) : Optional.empty();
    }

    Set<String> terms() {
        return bot != null ? bot.terms() : Set.of();
    }
}
