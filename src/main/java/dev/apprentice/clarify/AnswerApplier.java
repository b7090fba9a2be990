package dev.apprentice.clarify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.event.Event;
import dev.apprentice.json.Json;
import dev.apprentice.knowledge.Provenance;
import dev.apprentice.knowledge.ReviewState;
import dev.apprentice.nlu.MessageParser;
import dev.apprentice.nlu.ParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a user's answer: stores what it taught (a sense, an alias, a labelled example) and
 * returns how the original message is to be understood again. Every step is returned as events.
 */
final class AnswerApplier {

    /** The events of an answer, and the original message as it is now to be understood. */
    record Outcome(List<Event> events, Optional<Resumed> resumed) {
    }

    /** The original request's text and parse after the answer was applied. */
    record Resumed(String text, ObjectNode parseData) {
    }

    private final KnowledgeLearner learner;
    private final IntentModel intents;
    private final MessageParser parser;
    private final QuestionBuilder questions;
    private final PromptTemplates prompts;
    private final TeachingReader teachings;
    private final double confidentIntent;

    AnswerApplier(KnowledgeLearner learner, IntentModel intents, MessageParser parser,
            QuestionBuilder questions, PromptTemplates prompts, TeachingReader teachings,
            double confidentIntent) {
        this.teachings = teachings;
        this.learner = learner;
        this.intents = intents;
        this.parser = parser;
        this.questions = questions;
        this.prompts = prompts;
        this.confidentIntent = confidentIntent;
    }

    Outcome apply(Question q, Answer answer, Provenance who, JsonNode metadata, double ts) {
        List<Event> events = new ArrayList<>();
        if (answer instanceof Answer.Skip) {
            events.add(Learned.answer(q, "skipped", null, ts));
            return new Outcome(events, Optional.of(original(q)));
        }
        if (Question.STAGE_EXAMPLE.equals(q.stage())) {
            return example(q, text(answer), who, ts);
        }
        return switch (q.kind()) {
            case UNCERTAIN_INTENT -> intent(q, answer, who, metadata, ts);
            case UNKNOWN_TERM, AMBIGUOUS_TERM -> term(q, answer, who, metadata, ts);
            case AMBIGUOUS_REFERENCE -> reference(q, answer, ts);
        };
    }

    private Outcome intent(Question q, Answer answer, Provenance who, JsonNode metadata,
            double ts) {
        List<Event> events = new ArrayList<>();
        String intent = answer instanceof Answer.Chosen c ? c.option().value()
                : confidentIntentOf(text(answer)).orElse(null);
        events.add(Learned.answer(q, intent == null ? "neither" : "chosen", intent, ts));
        if (intent == null) {
            return new Outcome(events, Optional.of(original(q)));
        }
        String text = q.original().text();
        KnowledgeLearner.Stored stored = learner.addLabelledExample(text, intent, who, metadata);
        // Only approved teaching changes the classifier every conversation shares; pending
        // teaching applies to this message alone and joins training once a reviewer approves.
        boolean approved = stored.review() == ReviewState.APPROVED;
        if (approved) {
            intents.learn(text, intent);
        }
        events.add(Learned.item("intent_example", Json.object().put("text", text)
                .put("intent", intent).put("applied", approved), stored, ts));
        if (q.mode() == Mode.TEACHER) {
            events.add(questions.statement(prompts.common("learned_intent", Map.of(
                    "text", text, "label", label(intent))), ts));
        }
        return new Outcome(events, Optional.of(withIntent(q, intent)));
    }

    private Outcome term(Question q, Answer answer, Provenance who, JsonNode metadata,
            double ts) {
        List<Event> events = new ArrayList<>();
        String term = q.span().text();
        if (answer instanceof Answer.Chosen c) {
            events.add(Learned.answer(q, "chosen", c.option().value(), ts));
            if (q.kind() == DoubtKind.UNKNOWN_TERM) {
                KnowledgeLearner.Stored alias = learner.addAlias(c.option().value(), term, who,
                        metadata);
                events.add(Learned.item("alias", Json.object().put("term", c.option().value())
                        .put("alias", term), alias, ts));
            } else {
                events.add(Learned.item("sense_choice", Json.object().put("term", term)
                        .put("sense", c.option().value()), null, ts));
            }
            return new Outcome(events, Optional.of(original(q)));
        }
        Optional<Teaching> teaching = teachings.read(text(answer), q);
        if (teaching.isEmpty()) {
            events.add(Learned.answer(q, "neither", null, ts));
            return new Outcome(events, Optional.of(original(q)));
        }
        if (teaching.get() instanceof Teaching.Alias alias) {
            return alias(q, alias.term(), who, metadata, ts);
        }
        if (teaching.get() instanceof Teaching.Fact fact) {
            return fact(q, fact, who, metadata, ts);
        }
        return sense(q, ((Teaching.Sense) teaching.get()).gloss(), who, metadata, ts);
    }

    private Outcome sense(Question q, String gloss, Provenance who, JsonNode metadata,
            double ts) {
        List<Event> events = new ArrayList<>();
        String term = q.span().text();
        events.add(Learned.answer(q, "taught", gloss, ts));
        KnowledgeLearner.Stored sense = learner.teachSense(term, gloss, List.of(), who,
                metadata);
        events.add(Learned.item("sense", Json.object().put("term", term).put("gloss", gloss),
                sense, ts));
        if (q.mode() == Mode.TEACHER) {
            Question follow = new Question(q.id() + "-example", q.kind(), q.span(),
                    List.of(new DoubtOption(String.valueOf(sense.id()), gloss)), q.mode(),
                    Question.STAGE_EXAMPLE, q.explanation(), q.original());
            events.add(follow.toEvent(ts));
            events.add(questions.exampleRequest(follow, ts));
            return new Outcome(events, Optional.empty());
        }
        events.add(questions.statement(prompts.common("learned_term",
                Map.of("term", term, "gloss", gloss)), ts));
        return new Outcome(events, Optional.of(original(q)));
    }

    private Outcome alias(Question q, String known, Provenance who, JsonNode metadata,
            double ts) {
        String term = q.span().text();
        List<Event> events = new ArrayList<>();
        events.add(Learned.answer(q, "taught", known, ts));
        KnowledgeLearner.Stored alias = learner.addAlias(known, term, who, metadata);
        events.add(Learned.item("alias", Json.object().put("term", known).put("alias", term),
                alias, ts));
        return new Outcome(events, Optional.of(original(q)));
    }

    private Outcome fact(Question q, Teaching.Fact fact, Provenance who, JsonNode metadata,
            double ts) {
        String statement = fact.subject() + " " + fact.relation() + " " + fact.object();
        List<Event> events = new ArrayList<>();
        events.add(Learned.answer(q, "taught", statement, ts));
        KnowledgeLearner.Stored stored = learner.teachFact(fact.subject(), fact.relation(),
                fact.object(), who, metadata);
        events.add(Learned.item("fact", Json.object().put("subject", fact.subject())
                .put("relation", fact.relation()).put("object", fact.object()), stored, ts));
        events.add(questions.statement(prompts.common("learned_fact",
                Map.of("fact", statement)), ts));
        return new Outcome(events, Optional.of(original(q)));
    }

    private Outcome example(Question q, String example, Provenance who, double ts) {
        List<Event> events = new ArrayList<>();
        String gloss = q.options().isEmpty() ? "" : q.options().get(0).label();
        if (example.isBlank()) {
            events.add(Learned.answer(q, "skipped", null, ts));
        } else {
            events.add(Learned.answer(q, "example", example, ts));
            long senseId = Long.parseLong(q.options().get(0).value());
            learner.addSenseExample(senseId, example, who);
            events.add(Learned.item("sense_example", Json.object().put("term", q.span().text())
                    .put("example", example).put("sense", senseId), null, ts));
            events.add(questions.statement(prompts.common("confirm_term", Map.of(
                    "term", q.span().text(), "gloss", gloss, "example", example)), ts));
        }
        return new Outcome(events, Optional.of(original(q)));
    }

    private Outcome reference(Question q, Answer answer, double ts) {
        List<Event> events = new ArrayList<>();
        String referent = answer instanceof Answer.Chosen c ? c.option().label() : text(answer);
        if (referent.isBlank()) {
            events.add(Learned.answer(q, "neither", null, ts));
            return new Outcome(events, Optional.of(original(q)));
        }
        events.add(Learned.answer(q, "chosen", referent, ts));
        String text = replaceSpan(q.original().text(), q.span(), referent);
        return new Outcome(events, Optional.of(new Resumed(text, parser.parse(text).toJson())));
    }

    private Optional<String> confidentIntentOf(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        ParseResult parse = parser.parse(text);
        String intent = parse.intentName();
        boolean usable = intent != null && !"nlu_fallback".equals(intent)
                && parse.confidence() >= confidentIntent && intents.labels().contains(intent);
        return usable ? Optional.of(intent) : Optional.empty();
    }

    private static Resumed withIntent(Question q, String intent) {
        ObjectNode parse = q.original().parseData().deepCopy();
        parse.set("intent", Json.object().put("name", intent).put("confidence", 1.0));
        parse.putArray("intent_ranking").addObject().put("name", intent).put("confidence", 1.0);
        return new Resumed(q.original().text(), parse);
    }

    private static Resumed original(Question q) {
        return new Resumed(q.original().text(), q.original().parseData());
    }

    private static String text(Answer answer) {
        if (answer instanceof Answer.FreeText f) {
            return f.text();
        }
        return answer instanceof Answer.Neither n ? n.text() : "";
    }

    static String label(String intent) {
        return intent.replace('_', ' ');
    }

    static String replaceSpan(String text, Span span, String replacement) {
        int start = text.offsetByCodePoints(0, span.start());
        int end = text.offsetByCodePoints(0, span.end());
        return text.substring(0, start) + replacement + text.substring(end);
    }
}
