package dev.apprentice.answer;

import dev.apprentice.knowledge.Fact;
import dev.apprentice.knowledge.KnowledgeView;
import dev.apprentice.knowledge.ScoredSense;
import dev.apprentice.knowledge.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the taught items that may answer a question, as one conversation sees the knowledge
 * memory: the senses most similar to the question by sentence embeddings, and the facts about
 * the terms the question names or those senses belong to. A sense counts only when the question
 * names its term (by name or alias) or its similarity reaches {@link #MIN_SIMILARITY}, so that
 * a question about something never taught finds nothing rather than the nearest unrelated item.
 */
public final class KnowledgeRetrieval {

    /**
     * The cosine similarity from which a sense counts without its term being named. NOTE: set
     * by hand for the MiniLM-L6 embeddings, not tuned on data.
     */
    public static final double MIN_SIMILARITY = 0.6;
    /** The number of items one answer may rest on. */
    public static final int MAX_ITEMS = 8;
    private static final int CANDIDATE_SENSES = 5;

    /** The senses of any visible term, most similar to a text first. */
    @FunctionalInterface
    public interface SenseSearch {
        List<ScoredSense> similarSenses(String text, String conversationId, int limit);
    }

    private final KnowledgeView knowledge;
    private final SenseSearch search;

    public KnowledgeRetrieval(KnowledgeView knowledge, SenseSearch search) {
        this.knowledge = knowledge;
        this.search = search;
    }

    /** Returns at most {@link #MAX_ITEMS} items for {@code question}, senses before facts. */
    public List<Grounding> retrieve(String question, String conversationId) {
        Set<String> named = namedTerms(question, conversationId);
        Map<String, Grounding> items = new LinkedHashMap<>();
        Set<String> subjects = new LinkedHashSet<>(named);
        for (ScoredSense scored : search.similarSenses(question, conversationId,
                CANDIDATE_SENSES)) {
            boolean byName = named.contains(scored.term().toLowerCase(Locale.ROOT));
            if (byName || scored.score() >= MIN_SIMILARITY) {
                String id = "sense-" + scored.sense().id();
                items.put(id, new Grounding(id, "\"" + scored.term() + "\"",
                        "\"" + scored.term() + "\" means " + scored.sense().gloss()));
                subjects.add(scored.term().toLowerCase(Locale.ROOT));
            }
        }
        for (String subject : subjects) {
            for (Fact fact : knowledge.facts(subject, conversationId)) {
                String id = "fact-" + fact.id();
                String text = fact.subject() + " " + fact.relation() + " " + fact.object();
                items.putIfAbsent(id, new Grounding(id, "\"" + text + "\"", text));
            }
        }
        return new ArrayList<>(items.values()).subList(0, Math.min(MAX_ITEMS, items.size()));
    }

    /** Returns the lower-case names of the visible terms the question names. */
    private Set<String> namedTerms(String question, String conversationId) {
        String text = " " + question.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ")
                + " ";
        Set<String> named = new LinkedHashSet<>();
        for (Term term : knowledge.terms(conversationId)) {
            List<String> surfaces = new ArrayList<>(term.aliases());
            surfaces.add(term.name());
            for (String surface : surfaces) {
                if (text.contains(" " + words(surface) + " ")) {
                    named.add(term.name().toLowerCase(Locale.ROOT));
                }
            }
        }
        return named;
    }

    private static String words(String surface) {
        return NON_WORD.matcher(surface.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
}
