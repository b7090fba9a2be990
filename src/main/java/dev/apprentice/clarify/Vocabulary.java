package dev.apprentice.clarify;

/** The words the bot knows: from its training data, its domain and a general word list. */
public interface Vocabulary {

    /** Returns whether {@code word} (any case) is known. */
    boolean knows(String word);
}
