package dev.apprentice.agent;

import dev.apprentice.knowledge.Fact;
import dev.apprentice.knowledge.KnowledgeView;
import dev.apprentice.knowledge.Term;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each conversation's view of the terms for a few seconds, because NLU and the doubt
 * detectors look terms up several times per turn and each lookup would otherwise query the
 * database. Teaching through the clarifier clears the cache at once; a change made through
 * the review API shows within {@link #TTL_MILLIS}.
 */
final class CachedKnowledgeView implements KnowledgeView {

    static final long TTL_MILLIS = 5_000;
    private static final String NO_CONVERSATION = "\u0000";

    private record Entry(long loadedAt, List<Term> terms) {
    }

    private final KnowledgeView delegate;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    CachedKnowledgeView(KnowledgeView delegate) {
        this.delegate = delegate;
    }

    void invalidate() {
        cache.clear();
    }

    @Override
    public List<Term> terms(String conversationId) {
        String key = conversationId == null ? NO_CONVERSATION : conversationId;
        long now = System.currentTimeMillis();
        Entry entry = cache.get(key);
        if (entry == null || now - entry.loadedAt() > TTL_MILLIS) {
            entry = new Entry(now, delegate.terms(conversationId));
            if (cache.size() > 10_000) {
                cache.clear();
            }
            cache.put(key, entry);
        }
        return entry.terms();
    }

    @Override
    public Optional<Term> term(String surface, String conversationId) {
        String wanted = normal(surface);
        List<Term> terms = terms(conversationId);
        Optional<Term> byName = terms.stream().filter(t -> normal(t.name()).equals(wanted))
                .findFirst();
        return byName.or(() -> terms.stream()
                .filter(t -> t.aliases().stream().anyMatch(a -> normal(a).equals(wanted)))
                .findFirst());
    }

    @Override
    public List<Fact> facts(String subject, String conversationId) {
        return delegate.facts(subject, conversationId);
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
