package dev.apprentice.clarify;

import dev.apprentice.clarify.DoubtContext.Turn;
import dev.apprentice.domain.Domain;
import dev.apprentice.json.Json;
import dev.apprentice.knowledge.Fact;
import dev.apprentice.knowledge.KnowledgeView;
import dev.apprentice.knowledge.ReviewState;
import dev.apprentice.knowledge.Sense;
import dev.apprentice.knowledge.Term;
import dev.apprentice.nlu.ParseResult;
import dev.apprentice.training.NluData;
import dev.apprentice.training.NluExample;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builders of doubt contexts, vocabularies and knowledge for detector tests. */
final class Contexts {

    static final String CONVERSATION = "c1";

    /** A small general word list, so that tests do not depend on the system's list. */
    static final WordList ENGLISH = WordList.read(List.of(
            "the", "a", "my", "is", "it", "keeps", "keep", "dropping", "drop", "connection",
            "gateway", "sync", "failing", "fail", "for", "everyone", "password", "reset",
            "please", "printer", "broken", "i", "need", "help", "with", "kestrel", "stopped",
            "working", "work", "laptop", "ticket", "see", "at", "or", "mail", "me", "what",
            "mean", "does", "today", "since", "this", "morning", "Linux", "NASA", "restart",
            "again", "now", "on", "and", "new", "not", "cannot", "can", "log", "in", "to", "our"),
            "test");

    private Contexts() {
    }

    static BotVocabulary vocabulary(String... exampleTexts) {
        List<NluExample> examples = new ArrayList<>();
        for (String text : exampleTexts) {
            examples.add(new NluExample("any", text, List.of(), "test"));
        }
        NluData data = new NluData(examples, Map.of(), List.of(), List.of());
        return BotVocabulary.of(emptyDomain(), data, ENGLISH);
    }

    static Domain emptyDomain() {
        return new Domain(List.of(), List.of(), Map.of(), Map.of(), List.of(), Set.of(),
                Map.of(), null, false, Json.object());
    }

    static DoubtContext context(String text, Vocabulary vocabulary, KnowledgeView knowledge) {
        return context(text, List.of(), vocabulary, knowledge);
    }

    static DoubtContext context(String text, List<Turn> turns, Vocabulary vocabulary,
            KnowledgeView knowledge) {
        return new DoubtContext(text, ParseResult.empty(text), List.of(), new double[0],
                List.of(), turns, CONVERSATION, knowledge, vocabulary);
    }

    static Term term(long id, String name, List<String> aliases, Sense... senses) {
        return new Term(id, name, aliases, List.of(senses), null, ReviewState.APPROVED);
    }

    static Sense sense(long id, String gloss, String... examples) {
        return new Sense(id, gloss, List.of(examples), null, ReviewState.APPROVED);
    }

    /** A knowledge view over a fixed list of terms, matching names and aliases in any case. */
    static KnowledgeView knowledge(Term... terms) {
        List<Term> all = List.of(terms);
        return new KnowledgeView() {
            @Override
            public Optional<Term> term(String surface, String conversationId) {
                String wanted = surface.strip().toLowerCase(Locale.ROOT);
                return all.stream().filter(t -> t.name().toLowerCase(Locale.ROOT).equals(wanted)
                        || t.aliases().stream()
                                .anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(wanted)))
                        .findFirst();
            }

            @Override
            public List<Term> terms(String conversationId) {
                return all;
            }

            @Override
            public List<Fact> facts(String subject, String conversationId) {
                return List.of();
            }
        };
    }
}
