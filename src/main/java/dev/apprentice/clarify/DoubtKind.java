package dev.apprentice.clarify;

/** The kinds of doubt the bot can have about a message. */
public enum DoubtKind {
    /** A word or phrase the bot has never met. */
    UNKNOWN_TERM,
    /** A pronoun or demonstrative with several candidates in the recent turns, or none. */
    AMBIGUOUS_REFERENCE,
    /** A known term with several senses that the context does not separate. */
    AMBIGUOUS_TERM,
    /** An intent the classifier or the committee is unsure of. */
    UNCERTAIN_INTENT
}
