package dev.apprentice.review;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.knowledge.ItemKind;
import dev.apprentice.knowledge.KnowledgeException;
import dev.apprentice.knowledge.KnowledgeService;
import dev.apprentice.knowledge.LabelledExample;
import dev.apprentice.knowledge.Provenance;
import dev.apprentice.knowledge.ReviewState;
import dev.apprentice.nlu.NluEngine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Turns labels and corrections into training: each is stored as a labelled example of the
 * knowledge memory, which joins every later training, and an approved one is learned by the
 * running classifier at once with online gradient steps. Labels from the review API and Label
 * Studio are approved. Labels and corrections from a conversation are approved when the
 * knowledge memory trusts the sender, and wait for review otherwise.
 */
@ApplicationScoped
public class Labeller {

    /** The maximum number of characters of a rejected intent name repeated in a message. */
    public static final int MAX_ECHO = 60;
    private static final Logger LOG = Logger.getLogger(Labeller.class);

    private final ReviewQueue queue;
    private final KnowledgeService knowledge;
    private final ActiveModel model;

    public Labeller(ReviewQueue queue, KnowledgeService knowledge, ActiveModel model) {
        this.queue = queue;
        this.knowledge = knowledge;
        this.model = model;
    }

    /**
     * The result of a label: the queue item (null for a correction), the stored example, and
     * whether the running classifier learned it.
     */
    public record Outcome(QueueItem item, LabelledExample example, boolean applied) {
    }

    /**
     * Labels a queue item on a reviewer's authority, approved at once. A label of an item
     * labelled before rejects the example the earlier label stored.
     *
     * @throws LearningException INVALID for an intent the domain does not declare, NOT_FOUND
     *     for an unknown item
     */
    public Outcome labelAsReviewer(long itemId, String intent, String reviewer) {
        checkIntent(intent);
        QueueItem item = queue.get(itemId);
        Provenance p = new Provenance(reviewer, null, -1, null, Instant.now());
        LabelledExample example = knowledge.addReviewedExample(item.text(), intent, p);
        supersede(item, example);
        boolean applied = apply(example);
        return new Outcome(queue.markLabelled(itemId, intent, reviewer, example.id()), example,
                applied);
    }

    /**
     * Labels a queue item from a conversation; the sender's trust decides the review. A label
     * of an item labelled before rejects the example the earlier label stored.
     */
    public Outcome labelFromConversation(long itemId, String intent, Provenance p,
            JsonNode metadata) {
        checkIntent(intent);
        QueueItem item = queue.get(itemId);
        LabelledExample example = knowledge.addLabelledExample(item.text(), intent, p, metadata);
        supersede(item, example);
        boolean applied = apply(example);
        // TODO: a pending label takes the item out of the queue too, so when a reviewer
        // rejects the example the message is not asked about again; it should return.
        return new Outcome(queue.markLabelled(itemId, intent, p.sender(), example.id()),
                example, applied);
    }

    /** Relabels a message of a conversation; the sender's trust decides the review. */
    public Outcome correct(String text, String intent, Provenance p, JsonNode metadata) {
        checkIntent(intent);
        LabelledExample example = knowledge.addLabelledExample(text, intent, p, metadata);
        return new Outcome(null, example, apply(example));
    }

    /** The result of an annotation import: the labels applied, and why others were not. */
    public record ImportResult(int labelled, List<String> rejected) {
    }

    /**
     * Applies annotations as reviewer labels. A task whose queue item is not stored (made in
     * Label Studio, or from another server) queues its text first. An annotation with an
     * unknown intent is reported in {@code rejected} and the others still apply.
     */
    public ImportResult labelAnnotations(List<LabelStudio.Annotation> annotations,
            String reviewer) {
        int labelled = 0;
        List<String> rejected = new ArrayList<>();
        for (LabelStudio.Annotation annotation : annotations) {
            try {
                checkIntent(annotation.intent());
                long itemId = itemOf(annotation, reviewer);
                labelAsReviewer(itemId, annotation.intent(), reviewer);
                labelled++;
            } catch (LearningException e) {
                rejected.add("task " + annotation.taskId() + ": " + e.getMessage());
            }
        }
        LOG.infof("review.label_studio_import labelled=%d rejected=%d", labelled,
                rejected.size());
        return new ImportResult(labelled, rejected);
    }

    private long itemOf(LabelStudio.Annotation annotation, String reviewer) {
        if (annotation.itemId() != null) {
            try {
                QueueItem item = queue.get(annotation.itemId());
                if (item.text().equals(annotation.text().strip())) {
                    return item.id();
                }
            } catch (LearningException e) {
                LOG.debugf("review.label_studio task=%d item=%d not stored",
                        annotation.taskId(), annotation.itemId());
            }
        }
        queue.importUtterances(List.of(annotation.text()), reviewer);
        return queue.pending(Integer.MAX_VALUE).stream()
                .filter(i -> i.text().equals(annotation.text().strip())).findFirst()
                .orElseThrow(() -> LearningException.invalid("The task's text is empty."))
                .id();
    }

    /**
     * Has the running classifier learn every approved example it has not learned yet, such as
     * those a reviewer just approved; returns how many it learned.
     */
    public int applyApproved() {
        LearningModel current = model.current().orElse(null);
        if (current == null) {
            return 0;
        }
        List<Long> learned = new ArrayList<>();
        for (LabelledExample example : knowledge.unappliedExamples()) {
            if (current.learn(example.text(), example.intent())) {
                learned.add(example.id());
            }
        }
        knowledge.markApplied(learned);
        LOG.debugf("review.apply_approved learned=%d", learned.size());
        return learned.size();
    }

    /**
     * Checks that {@code intent} may label a message.
     *
     * @throws LearningException INVALID unless the domain declares {@code intent} and it is
     *     not {@code nlu_fallback}; before the first training every intent is invalid
     */
    public void checkIntent(String intent) {
        LearningModel current = model.current().orElseThrow(() -> LearningException.invalid(
                "No model is loaded yet, so no intent can be checked."));
        if (NluEngine.FALLBACK_INTENT.equals(intent)) {
            throw LearningException.invalid("'" + intent + "' is not a trainable intent: the"
                    + " fallback classifier predicts it when no intent is confident enough."
                    + " Label the message with one of " + trainable(current) + ".");
        }
        if (intent == null || intent.isBlank() || !current.declaresIntent(intent)) {
            throw LearningException.invalid("'" + shortened(intent) + "' is not an intent of"
                    + " the domain; the classifier knows " + trainable(current) + ".");
        }
    }

    /**
     * Rejects the example an earlier label of {@code item} stored, so that retraining does not
     * learn two labels for one text. The running classifier unlearns nothing: the new label's
     * online steps move it, and retraining drops the rejected example.
     */
    private void supersede(QueueItem item, LabelledExample replacement) {
        Long earlier = item.exampleId();
        if (earlier == null || earlier.equals(replacement.id())) {
            return;
        }
        try {
            knowledge.reject(ItemKind.EXAMPLE, earlier);
            LOG.debugf("review.relabel item=%d rejected example=%d", item.id(), earlier);
        } catch (KnowledgeException e) {
            // Deleted through the knowledge API already: nothing is left to supersede.
            LOG.debugf("review.relabel item=%d example=%d not stored", item.id(), earlier);
        }
    }

    /**
     * Returns {@code text} cut to {@link #MAX_ECHO} characters, so that an error message does
     * not repeat a long input back in full.
     */
    public static String shortened(String text) {
        if (text == null || text.length() <= MAX_ECHO) {
            return text;
        }
        return text.substring(0, MAX_ECHO) + "…";
    }

    private static String trainable(LearningModel current) {
        return String.join(", ", current.labels().stream()
                .filter(label -> !NluEngine.FALLBACK_INTENT.equals(label)).toList());
    }

    private boolean apply(LabelledExample example) {
        if (example.review() != ReviewState.APPROVED) {
            return false;
        }
        LearningModel current = model.current().orElse(null);
        boolean learned = current != null && current.learn(example.text(), example.intent());
        if (learned) {
            knowledge.markApplied(List.of(example.id()));
        }
        LOG.debugf("review.label example=%s intent=%s learned=%s", (Object) example.id(),
                example.intent(), learned);
        return learned;
    }
}
