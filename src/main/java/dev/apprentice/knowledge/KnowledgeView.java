package dev.apprentice.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * What NLU and the doubt detectors may read of the knowledge memory, as seen from one
 * conversation: approved knowledge, plus pending knowledge that this conversation taught.
 * Rejected knowledge is never visible. Lookups are case-insensitive and match names and
 * aliases.
 */
public interface KnowledgeView {

    Optional<Term> term(String surface, String conversationId);

    List<Term> terms(String conversationId);

    List<Fact> facts(String subject, String conversationId);

    /** A view with nothing in it, for bots that run without a memory. */
    KnowledgeView EMPTY = new KnowledgeView() {
        @Override
        public Optional<Term> term(String surface, String conversationId) {
            return Optional.empty();
        }

        @Override
        public List<Term> terms(String conversationId) {
            return List.of();
        }

        @Override
        public List<Fact> facts(String subject, String conversationId) {
            return List.of();
        }
    };
}
