package dev.apprentice.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;
import dev.apprentice.knowledge.jpa.AliasRepository;
import dev.apprentice.knowledge.jpa.ExampleRecord;
import dev.apprentice.knowledge.jpa.ExampleRepository;
import dev.apprentice.knowledge.jpa.FactRepository;
import dev.apprentice.knowledge.jpa.SenseRecord;
import dev.apprentice.knowledge.jpa.SenseRepository;
import dev.apprentice.knowledge.jpa.TermRecord;
import dev.apprentice.knowledge.jpa.TermRepository;
import dev.apprentice.nlu.SentenceEmbedder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The knowledge memory: what users taught, stored in the database, with the read side that one
 * conversation sees ({@link KnowledgeView}), the write side for teaching, review decisions, and
 * export and import as JSON ({@link KnowledgeDocument}). Each public method is one transaction.
 *
 * <p>Teaching is approved at once when {@link #isTrusted} says so for the teacher, and is
 * pending otherwise; pending knowledge is visible only in the conversation that taught it.
 * Methods that take no metadata judge trust by the sender alone.
 */
@ApplicationScoped
public class KnowledgeService implements KnowledgeView {

    private static final Logger LOG = Logger.getLogger(KnowledgeService.class);
    private static final String REVIEWER = "reviewer";

    private final Trust trust;
    private final ExampleRepository examples;
    private final SenseEmbeddings embeddings;
    private final KnowledgeReader reader;
    private final KnowledgeWriter writer;
    private final KnowledgeReview review;
    private final ReviewListing listing;
    private final KnowledgeTransfer transfer;

    public KnowledgeService(TermRepository terms, AliasRepository aliases,
            SenseRepository senses, FactRepository facts, ExampleRepository examples,
            SentenceEmbedder embedder, KnowledgeConfig config) {
        this.trust = Trust.from(config);
        this.examples = examples;
        this.embeddings = new SenseEmbeddings(embedder);
        this.reader = new KnowledgeReader(terms, aliases, senses, facts);
        KnowledgeStores stores = new KnowledgeStores(terms, aliases, senses, facts, examples);
        this.writer = new KnowledgeWriter(stores, embeddings);
        this.review = new KnowledgeReview(stores, embeddings);
        this.listing = new ReviewListing(stores);
        this.transfer = new KnowledgeTransfer(stores, embeddings);
    }

    // Read side, as one conversation sees it.

    /** Returns the visible term named {@code surface}, by name before alias. */
    @Override
    @Transactional
    public Optional<Term> term(String surface, String conversationId) {
        return reader.matching(surface, conversationId).stream().findFirst();
    }

    /**
     * Returns every visible term whose name or alias is {@code surface}, those matched by name
     * first; more than one means the surface is ambiguous, as "CD" may be.
     */
    @Transactional
    public List<Term> termsMatching(String surface, String conversationId) {
        return reader.matching(surface, conversationId);
    }

    @Override
    @Transactional
    public List<Term> terms(String conversationId) {
        return reader.visibleTerms(conversationId);
    }

    /** Returns the visible facts about {@code subject}, matching it also through aliases. */
    @Override
    @Transactional
    public List<Fact> facts(String subject, String conversationId) {
        return reader.factsAbout(subject, conversationId);
    }

    /**
     * Returns up to {@code limit} visible senses of any term, most similar to {@code text}
     * first, by cosine similarity of sentence embeddings (from -1 to 1).
     */
    @Transactional
    public List<ScoredSense> similarSenses(String text, String conversationId, int limit) {
        float[] query = embeddings.embed(text);
        return ranked(reader.visibleSenses(conversationId), query).stream()
                .limit(Math.max(0, limit))
                .toList();
    }

    /**
     * Returns the visible senses of the term named {@code term}, most similar to
     * {@code context} first; empty when no such term is visible.
     */
    @Transactional
    public List<ScoredSense> rankSenses(String term, String context, String conversationId) {
        Optional<Term> known = term(term, conversationId);
        if (known.isEmpty()) {
            return List.of();
        }
        return ranked(reader.visibleSensesOf(known.get(), conversationId),
                embeddings.embed(context));
    }

    /** Returns the labelled examples visible in the conversation, oldest first. */
    @Transactional
    public List<LabelledExample> labelledExamples(String conversationId) {
        return examples.list("review <> ?1 order by id", ReviewState.REJECTED).stream()
                .filter(e -> Visibility.visible(e.review, e.provenance.conversationId,
                        conversationId))
                .map(RecordMapper::example)
                .toList();
    }

    /** Returns the approved labelled examples the classifier has not learned, oldest first. */
    @Transactional
    public List<LabelledExample> unappliedExamples() {
        return examples.listUnapplied().stream().map(RecordMapper::example).toList();
    }

    /** Records that the classifier has learned the examples with these ids. */
    @Transactional
    public void markApplied(Collection<Long> ids) {
        for (Long id : ids) {
            ExampleRecord example = KnowledgeReview.find(examples, ItemKind.EXAMPLE, id);
            example.applied = true;
        }
    }

    // Trust.

    /**
     * Returns whether what {@code sender} teaches in a message with {@code metadata} (may be
     * null) is approved at once: always with auto-approve, else for a trusted sender or a
     * message whose {@code metadata.teacher_token} is the teacher token.
     */
    public boolean isTrusted(String sender, JsonNode metadata) {
        return trust.isTrusted(sender, metadata);
    }

    // Write side: teaching.

    public Sense teachSense(String term, String gloss, List<String> examples, Provenance p) {
        return teachSense(term, gloss, examples, p, null);
    }

    /**
     * Stores a sense of {@code term}, creating the term if it is new, and returns it. Teaching
     * a gloss the term already has in this conversation adds the new examples to it.
     *
     * @throws KnowledgeException when the term or gloss is blank or too long
     */
    @Transactional
    public Sense teachSense(String term, String gloss, List<String> examples, Provenance p,
            JsonNode metadata) {
        String name = Texts.required(term, "term", DocumentReader.MAX_NAME);
        String text = Texts.required(gloss, "gloss", DocumentReader.MAX_TEXT);
        List<String> sentences = Texts.cleaned(examples, "examples", DocumentReader.MAX_TEXT);
        SenseRecord sense = writer.teachSense(name, text, sentences, checked(p),
                stateFor(p, metadata));
        LOG.debugf("knowledge.sense term_id=%d sense_id=%d state=%s", sense.term.id, sense.id,
                sense.review);
        return RecordMapper.sense(sense);
    }

    public Term addAlias(String term, String alias, Provenance p) {
        return addAlias(term, alias, p, null);
    }

    /**
     * Stores {@code alias} as another name of {@code term}, creating the term if it is new,
     * and returns the term as the teaching conversation now sees it.
     */
    @Transactional
    public Term addAlias(String term, String alias, Provenance p, JsonNode metadata) {
        String name = Texts.required(term, "term", DocumentReader.MAX_NAME);
        String other = Texts.required(alias, "alias", DocumentReader.MAX_NAME);
        TermRecord stored = writer.addAlias(name, other, checked(p), stateFor(p, metadata));
        return reader.matching(stored.name, p.conversationId()).stream()
                .filter(visible -> visible.id() == stored.id)
                .findFirst()
                .orElseGet(() -> listing.term(stored.id));
    }

    public Fact teachFact(String subject, String relation, String object, Provenance p) {
        return teachFact(subject, relation, object, p, null);
    }

    /** Stores the fact (subject, relation, object) and returns it. */
    @Transactional
    public Fact teachFact(String subject, String relation, String object, Provenance p,
            JsonNode metadata) {
        return RecordMapper.fact(writer.teachFact(
                Texts.required(subject, "subject", DocumentReader.MAX_NAME),
                Texts.required(relation, "relation", DocumentReader.MAX_NAME),
                Texts.required(object, "object", DocumentReader.MAX_TEXT),
                checked(p), stateFor(p, metadata)));
    }

    public LabelledExample addLabelledExample(String text, String intent, Provenance p) {
        return addLabelledExample(text, intent, p, null);
    }

    /** Stores a message labelled with its intent, not yet applied to the classifier. */
    @Transactional
    public LabelledExample addLabelledExample(String text, String intent, Provenance p,
            JsonNode metadata) {
        return RecordMapper.example(writer.addExample(
                Texts.required(text, "text", DocumentReader.MAX_TEXT),
                Texts.required(intent, "intent", DocumentReader.MAX_NAME),
                checked(p), stateFor(p, metadata)));
    }

    /**
     * Stores a labelled example given by a reviewer, approved at once whoever the sender is;
     * the caller has checked the reviewer's right to approve.
     */
    @Transactional
    public LabelledExample addReviewedExample(String text, String intent, Provenance p) {
        return RecordMapper.example(writer.addExample(
                Texts.required(text, "text", DocumentReader.MAX_TEXT),
                Texts.required(intent, "intent", DocumentReader.MAX_NAME),
                checked(p), ReviewState.APPROVED));
    }

    // Review.

    /** Approves an item; see {@link KnowledgeReview} for what else this approves. */
    @Transactional
    public void approve(ItemKind kind, long id) {
        review.approve(kind, id);
        LOG.debugf("knowledge.approve %s %d", kind.singular(), id);
    }

    @Transactional
    public void reject(ItemKind kind, long id) {
        review.reject(kind, id);
        LOG.debugf("knowledge.reject %s %d", kind.singular(), id);
    }

    /** Deletes an item; deleting a term deletes its aliases and senses. */
    @Transactional
    public void delete(ItemKind kind, long id) {
        review.delete(kind, id);
        LOG.debugf("knowledge.delete %s %d", kind.singular(), id);
    }

    /**
     * Renames a term and replaces its aliases; a null argument leaves that part as it is.
     *
     * @throws KnowledgeException with reason {@code CONFLICT} when another term has the name
     */
    @Transactional
    public Term editTerm(long id, String name, List<String> aliases) {
        TermRecord term = review.editTerm(id, name, aliases, reviewer());
        return listing.term(term.id);
    }

    /** Changes a sense's gloss and examples; a null argument leaves that part as it is. */
    @Transactional
    public SenseEntry editSense(long id, String gloss, List<String> examples) {
        return RecordMapper.senseEntry(review.editSense(id, gloss, examples));
    }

    @Transactional
    public Fact editFact(long id, String subject, String relation, String object) {
        return RecordMapper.fact(review.editFact(id, subject, relation, object));
    }

    @Transactional
    public LabelledExample editExample(long id, String text, String intent) {
        return RecordMapper.example(review.editExample(id, text, intent));
    }

    @Transactional
    public List<Term> listTerms(ReviewFilter filter) {
        return listing.terms(filter);
    }

    @Transactional
    public Term getTerm(long id) {
        return listing.term(id);
    }

    @Transactional
    public List<AliasEntry> listAliases(ReviewFilter filter) {
        return listing.aliases(filter);
    }

    @Transactional
    public AliasEntry getAlias(long id) {
        return listing.alias(id);
    }

    @Transactional
    public List<SenseEntry> listSenses(ReviewFilter filter) {
        return listing.senses(filter);
    }

    @Transactional
    public SenseEntry getSense(long id) {
        return listing.sense(id);
    }

    @Transactional
    public List<Fact> listFacts(ReviewFilter filter) {
        return listing.facts(filter);
    }

    @Transactional
    public Fact getFact(long id) {
        return listing.fact(id);
    }

    @Transactional
    public List<LabelledExample> listExamples(ReviewFilter filter) {
        return listing.examples(filter);
    }

    @Transactional
    public LabelledExample getExample(long id) {
        return listing.example(id);
    }

    // Export and import.

    /** Returns the whole memory, in every state, as a {@link KnowledgeDocument}. */
    @Transactional
    public ObjectNode export() {
        return KnowledgeDocument.write(transfer.export(), Instant.now());
    }

    /**
     * Imports a {@link KnowledgeDocument} given as JSON text, merging it into the store.
     *
     * @throws KnowledgeException with reason {@code INVALID} when the text is not valid JSON or
     *     not a valid document; nothing is stored then
     */
    public ImportReport importAll(String json) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw KnowledgeException.invalid("The document is not valid JSON: "
                    + e.getOriginalMessage());
        }
        return importAll(root);
    }

    /** Imports a parsed {@link KnowledgeDocument}; see {@link #importAll(String)}. */
    @Transactional
    public ImportReport importAll(JsonNode document) {
        ImportReport report = transfer.importAll(KnowledgeDocument.parse(document,
                Instant.now()));
        LOG.infof("knowledge import added %d terms, %d aliases, %d senses, %d facts,"
                + " %d examples; %d items were already stored", report.termsAdded().size(),
                report.aliasesAdded(), report.sensesAdded(), report.factsAdded(),
                report.examplesAdded(), report.unchanged());
        return report;
    }

    private ReviewState stateFor(Provenance p, JsonNode metadata) {
        return trust.initialState(p.sender(), metadata);
    }

    private static Provenance checked(Provenance p) {
        if (p == null) {
            throw KnowledgeException.invalid("Every teaching needs a provenance.");
        }
        return p.time() == null
                ? new Provenance(p.sender(), p.conversationId(), p.turn(), p.mode(), Instant.now())
                : p;
    }

    private static Provenance reviewer() {
        return new Provenance(REVIEWER, null, -1, null, Instant.now());
    }

    private static List<ScoredSense> ranked(List<SenseRecord> senses, float[] query) {
        List<ScoredSense> scored = new ArrayList<>();
        for (SenseRecord sense : senses) {
            double score = SenseEmbeddings.cosine(query, sense);
            if (!Double.isNaN(score)) {
                scored.add(new ScoredSense(sense.term.id, sense.term.name,
                        RecordMapper.sense(sense), score));
            }
        }
        scored.sort(Comparator.comparingDouble(ScoredSense::score).reversed());
        return scored;
    }
}
