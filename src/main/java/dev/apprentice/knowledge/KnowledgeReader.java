package dev.apprentice.knowledge;

import dev.apprentice.knowledge.jpa.AliasRecord;
import dev.apprentice.knowledge.jpa.AliasRepository;
import dev.apprentice.knowledge.jpa.FactRecord;
import dev.apprentice.knowledge.jpa.FactRepository;
import dev.apprentice.knowledge.jpa.SenseRecord;
import dev.apprentice.knowledge.jpa.SenseRepository;
import dev.apprentice.knowledge.jpa.TermRecord;
import dev.apprentice.knowledge.jpa.TermRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds what one conversation may see of the store (see {@link Visibility}). Where the same
 * alias or gloss is stored twice for a term (one row per conversation that taught it while
 * pending), the term shows it once, preferring the approved row.
 */
final class KnowledgeReader {

    private final TermRepository terms;
    private final AliasRepository aliases;
    private final SenseRepository senses;
    private final FactRepository facts;

    KnowledgeReader(TermRepository terms, AliasRepository aliases, SenseRepository senses,
            FactRepository facts) {
        this.terms = terms;
        this.aliases = aliases;
        this.senses = senses;
        this.facts = facts;
    }

    List<Term> visibleTerms(String conversationId) {
        Map<Long, List<AliasRecord>> aliasesByTerm = new HashMap<>();
        for (AliasRecord alias : aliases.listUsable()) {
            aliasesByTerm.computeIfAbsent(alias.term.id, id -> new ArrayList<>()).add(alias);
        }
        Map<Long, List<SenseRecord>> sensesByTerm = new HashMap<>();
        for (SenseRecord sense : senses.listUsable()) {
            sensesByTerm.computeIfAbsent(sense.term.id, id -> new ArrayList<>()).add(sense);
        }
        List<Term> visible = new ArrayList<>();
        for (TermRecord term : terms.listUsable()) {
            visibleTerm(term, aliasesByTerm.getOrDefault(term.id, List.of()),
                    sensesByTerm.getOrDefault(term.id, List.of()), conversationId)
                    .ifPresent(visible::add);
        }
        return visible;
    }

    /**
     * Returns the visible terms whose name or a visible alias is {@code surface} in any case,
     * those matched by name first.
     */
    List<Term> matching(String surface, String conversationId) {
        String key = Keys.of(surface);
        if (key.isEmpty()) {
            return List.of();
        }
        Set<TermRecord> candidates = new LinkedHashSet<>();
        terms.findByKey(key).ifPresent(candidates::add);
        aliases.findByKey(key).forEach(alias -> candidates.add(alias.term));
        List<Term> matches = new ArrayList<>();
        for (TermRecord term : candidates) {
            visibleTerm(term, aliases.listByTerm(term), senses.listByTerm(term), conversationId)
                    .filter(visible -> isNamed(visible, key))
                    .ifPresent(matches::add);
        }
        return matches;
    }

    /** Returns the visible facts about {@code subject} or about any name of a term it names. */
    List<Fact> factsAbout(String subject, String conversationId) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Keys.of(subject));
        for (Term term : matching(subject, conversationId)) {
            keys.add(Keys.of(term.name()));
            term.aliases().forEach(alias -> keys.add(Keys.of(alias)));
        }
        Map<String, FactRecord> distinct = new LinkedHashMap<>();
        for (FactRecord fact : facts.listUsableAbout(keys)) {
            if (visible(fact.review, fact.provenance.conversationId, conversationId)) {
                String key = fact.subjectKey + '\n' + fact.relationKey + '\n' + fact.objectKey;
                preferApproved(distinct, key, fact, f -> f.review);
            }
        }
        return distinct.values().stream().map(RecordMapper::fact).toList();
    }

    /** Returns the visible senses, each with its term, one per term and gloss. */
    List<SenseRecord> visibleSenses(String conversationId) {
        Map<String, SenseRecord> distinct = new LinkedHashMap<>();
        for (SenseRecord sense : senses.listUsable()) {
            if (senseVisible(sense, conversationId)) {
                preferApproved(distinct, sense.term.id + "\n" + sense.glossKey, sense,
                        s -> s.review);
            }
        }
        return new ArrayList<>(distinct.values());
    }

    /** Returns the sense records of the visible term {@code term}, one per gloss. */
    List<SenseRecord> visibleSensesOf(Term term, String conversationId) {
        Set<Long> ids = new LinkedHashSet<>();
        term.senses().forEach(sense -> ids.add(sense.id()));
        return senses.listByTerm(terms.findById(term.id())).stream()
                .filter(sense -> ids.contains(sense.id))
                .toList();
    }

    private Optional<Term> visibleTerm(TermRecord term, List<AliasRecord> termAliases,
            List<SenseRecord> termSenses, String conversationId) {
        Map<String, AliasRecord> shownAliases = new LinkedHashMap<>();
        for (AliasRecord alias : termAliases) {
            if (visible(alias.review, alias.provenance.conversationId, conversationId)) {
                preferApproved(shownAliases, alias.aliasKey, alias, a -> a.review);
            }
        }
        Map<String, SenseRecord> shownSenses = new LinkedHashMap<>();
        for (SenseRecord sense : termSenses) {
            if (visible(sense.review, sense.provenance.conversationId, conversationId)) {
                preferApproved(shownSenses, sense.glossKey, sense, s -> s.review);
            }
        }
        boolean ownPart = shownAliases.values().stream()
                .anyMatch(a -> a.review == ReviewState.PENDING)
                || shownSenses.values().stream().anyMatch(s -> s.review == ReviewState.PENDING);
        if (!Visibility.termVisible(term.review, term.provenance.conversationId, conversationId,
                ownPart)) {
            return Optional.empty();
        }
        return Optional.of(RecordMapper.term(term, new ArrayList<>(shownAliases.values()),
                new ArrayList<>(shownSenses.values())));
    }

    private static boolean senseVisible(SenseRecord sense, String conversationId) {
        if (!visible(sense.review, sense.provenance.conversationId, conversationId)) {
            return false;
        }
        TermRecord term = sense.term;
        return Visibility.termVisible(term.review, term.provenance.conversationId,
                conversationId, sense.review == ReviewState.PENDING);
    }

    private static boolean isNamed(Term term, String key) {
        return Keys.of(term.name()).equals(key)
                || term.aliases().stream().anyMatch(alias -> Keys.of(alias).equals(key));
    }

    private static boolean visible(ReviewState state, String taughtIn, String conversationId) {
        return Visibility.visible(state, taughtIn, conversationId);
    }

    private static <T> void preferApproved(Map<String, T> distinct, String key, T item,
            Function<T, ReviewState> state) {
        T earlier = distinct.get(key);
        if (earlier == null || (state.apply(earlier) != ReviewState.APPROVED
                && state.apply(item) == ReviewState.APPROVED)) {
            distinct.put(key, item);
        }
    }
}
