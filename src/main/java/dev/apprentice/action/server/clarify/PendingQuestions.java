package dev.apprentice.action.server.clarify;

import dev.apprentice.clarify.Question;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The clarifying question each Rasa conversation waits on, by sender id, kept in memory.
 *
 * <p>Why here and not on the Rasa tracker: Rasa rejects an action's whole reply when it
 * contains an event type it does not know, so the {@code apprentice_question} event the REST
 * channel stores cannot travel through Rasa. Keeping the question in a slot would make every
 * Rasa bot declare an {@code any} slot holding our internal JSON (the question, its options and
 * the original message), which its policies would then see. So the bot only declares a text
 * slot with the question's id, which its rules test, and the question itself stays here. The
 * cost: a restart of Apprentice loses the waiting questions, and {@code action_learn_from_answer}
 * then says it has no question to read the answer for.
 *
 * <p>A question expires {@link #TTL_MILLIS} after it was asked. At most {@link #MAX_ENTRIES}
 * conversations are kept; when a new one would pass that, expired entries are dropped and, if
 * that is not enough, the oldest question. Thread-safe.
 */
@ApplicationScoped
public class PendingQuestions {

    /** How long a question waits for its answer: one hour. */
    public static final long TTL_MILLIS = 60 * 60 * 1000L;
    /** How many conversations may have a waiting question at once. */
    public static final int MAX_ENTRIES = 10_000;

    private record Entry(Question question, long askedAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final LongSupplier clock;
    private final int maxEntries;

    public PendingQuestions() {
        this(System::currentTimeMillis, MAX_ENTRIES);
    }

    PendingQuestions(LongSupplier clock, int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be >= 1, was " + maxEntries);
        }
        this.clock = clock;
        this.maxEntries = maxEntries;
    }

    /** Stores {@code question} as the one {@code senderId} waits on, replacing any other. */
    public void put(String senderId, Question question) {
        if (!entries.containsKey(senderId) && entries.size() >= maxEntries) {
            makeRoom();
        }
        entries.put(senderId, new Entry(question, clock.getAsLong()));
    }

    /** Returns the question {@code senderId} waits on, unless it expired. */
    public Optional<Question> get(String senderId) {
        Entry entry = entries.get(senderId);
        if (entry == null) {
            return Optional.empty();
        }
        if (expired(entry)) {
            entries.remove(senderId, entry);
            return Optional.empty();
        }
        return Optional.of(entry.question());
    }

    public void remove(String senderId) {
        entries.remove(senderId);
    }

    /** Returns how many conversations have a question stored, expired ones included. */
    int size() {
        return entries.size();
    }

    private boolean expired(Entry entry) {
        return clock.getAsLong() - entry.askedAt() > TTL_MILLIS;
    }

    private synchronized void makeRoom() {
        entries.values().removeIf(this::expired);
        while (entries.size() >= maxEntries) {
            entries.entrySet().stream()
                    .min((a, b) -> Long.compare(a.getValue().askedAt(), b.getValue().askedAt()))
                    .ifPresent(oldest -> entries.remove(oldest.getKey(), oldest.getValue()));
        }
    }
}
