package dev.apprentice.agent;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.apprentice.domain.Domain;
import dev.apprentice.knowledge.KnowledgeView;
import dev.apprentice.knowledge.Term;
import dev.apprentice.nlu.MessageParser;
import dev.apprentice.nlu.ParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Applies the knowledge memory to what NLU found. Aliases act as synonyms: an entity whose value
 * is a term's alias takes the term's name, as Rasa's EntitySynonymMapper would. When the domain
 * declares an entity named {@code term}, every known term or alias in the text becomes such an
 * entity, so a bot's "what is X" intent and its slots see the terms users taught.
 *
 * <p>Only approved knowledge is applied here, because the parser does not know which
 * conversation it parses for.
 */
final class KnowledgeAwareParser implements MessageParser {

    static final String TERM_ENTITY = "term";
    private static final String EXTRACTOR = "ApprenticeKnowledge";

    private final MessageParser parser;
    private final KnowledgeView knowledge;
    private final boolean termEntity;

    KnowledgeAwareParser(MessageParser parser, KnowledgeView knowledge, Domain domain) {
        this.parser = parser;
        this.knowledge = knowledge;
        this.termEntity = domain.hasEntity(TERM_ENTITY);
    }

    @Override
    public ParseResult parse(String text) {
        ParseResult result = parser.parse(text);
        if (text == null || text.isBlank() || text.strip().startsWith("/")) {
            return result;
        }
        List<Term> terms = knowledge.terms(null);
        if (terms.isEmpty()) {
            return result;
        }
        List<ParseResult.Entity> entities = new ArrayList<>();
        for (ParseResult.Entity entity : result.entities()) {
            entities.add(mapAlias(entity, terms));
        }
        if (termEntity) {
            addTermMentions(result.text(), terms, entities);
        }
        return result.withEntities(entities);
    }

    private static ParseResult.Entity mapAlias(ParseResult.Entity entity, List<Term> terms) {
        String value = entity.valueText();
        if (value == null) {
            return entity;
        }
        for (Term term : terms) {
            if (term.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(value))) {
                List<String> processors = new ArrayList<>(entity.processors());
                processors.add("EntitySynonymMapper");
                return new ParseResult.Entity(entity.entity(), entity.start(), entity.end(),
                        TextNode.valueOf(term.name()), entity.extractor(), entity.confidence(),
                        entity.role(), entity.group(), processors);
            }
        }
        return entity;
    }

    private static void addTermMentions(String text, List<Term> terms,
            List<ParseResult.Entity> entities) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Term term : terms) {
            List<String> surfaces = new ArrayList<>(term.aliases());
            surfaces.add(0, term.name());
            for (String surface : surfaces) {
                int at = wholeWordIndex(lower, surface.toLowerCase(Locale.ROOT));
                if (at >= 0 && entities.stream().noneMatch(e -> overlaps(e, text, at,
                        surface.length()))) {
                    int start = text.codePointCount(0, at);
                    int end = start + surface.codePointCount(0, surface.length());
                    entities.add(new ParseResult.Entity(TERM_ENTITY, start, end,
                            TextNode.valueOf(term.name()), EXTRACTOR, 1.0, null, null,
                            List.of()));
                    break;
                }
            }
        }
    }

    private static boolean overlaps(ParseResult.Entity e, String text, int at, int length) {
        if (e.start() < 0) {
            return false;
        }
        int start = text.codePointCount(0, at);
        int end = start + text.codePointCount(at, at + length);
        return e.start() < end && start < e.end();
    }

    static int wholeWordIndex(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return -1;
            }
            int end = at + word.length();
            boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (before && after) {
                return at;
            }
            from = at + 1;
        }
    }
}
