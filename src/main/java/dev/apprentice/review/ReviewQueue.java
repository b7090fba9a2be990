package dev.apprentice.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.apprentice.json.Json;
import dev.apprentice.knowledge.Keys;
import dev.apprentice.nlu.ParseResult.IntentScore;
import dev.apprentice.review.jpa.QueueItemRecord;
import dev.apprentice.review.jpa.QueueItemRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The stored review queue: user messages the classifier was unsure of, and utterances imported
 * for labelling. A text already waiting in the queue is not queued twice. Each public method is
 * one transaction; ranking is {@link QueueRanker}'s job.
 */
@ApplicationScoped
public class ReviewQueue {

    /** The maximum length of a queued text in characters, as for labelled examples. */
    public static final int MAX_TEXT = 10_000;
    static final String LIVE = "live";
    static final String IMPORT = "import";

    private static final Logger LOG = Logger.getLogger(ReviewQueue.class);

    private final QueueItemRepository items;

    public ReviewQueue(QueueItemRepository items) {
        this.items = items;
    }

    /**
     * Queues a live message with what the model predicted for it; returns the new item, or
     * empty when the same text is already waiting.
     */
    @Transactional
    public Optional<QueueItem> enqueue(String text, String sender, Instant time,
            List<IntentScore> top, String modelVersion) {
        Optional<QueueItemRecord> added = add(text, LIVE, sender, time);
        added.ifPresent(row -> {
            row.predictedIntent = top.isEmpty() ? null : top.get(0).name();
            row.confidence = top.isEmpty() ? 0 : top.get(0).confidence();
            row.topIntents = writeTop(top);
            row.modelVersion = modelVersion;
            LOG.debugf("review.enqueue item=%d sender=%s intent=%s confidence=%.2f", row.id,
                    sender, row.predictedIntent, row.confidence);
        });
        return added.map(ReviewQueue::view);
    }

    /**
     * Queues utterances to be labelled, skipping blank ones and those already waiting.
     *
     * @return the number of utterances queued
     */
    @Transactional
    public int importUtterances(List<String> utterances, String importedBy) {
        int added = 0;
        for (String utterance : utterances) {
            if (utterance != null && !utterance.isBlank()
                    && add(utterance, IMPORT, importedBy, Instant.now()).isPresent()) {
                added++;
            }
        }
        LOG.infof("review.import added=%d of=%d", added, utterances.size());
        return added;
    }

    /** Returns up to {@code limit} pending items, newest first. */
    @Transactional
    public List<QueueItem> pending(int limit) {
        return items.pending(limit).stream().map(ReviewQueue::view).toList();
    }

    /** Returns every item in {@code state}, oldest first. */
    @Transactional
    public List<QueueItem> inState(QueueState state) {
        return items.inState(state).stream().map(ReviewQueue::view).toList();
    }

    /** Returns up to {@code limit} items in {@code state}, newest first. */
    @Transactional
    public List<QueueItem> inState(QueueState state, int limit) {
        return items.inState(state, limit).stream().map(ReviewQueue::view).toList();
    }

    /**
     * Puts a skipped item back in the queue as pending; a pending item is returned as it is.
     *
     * @throws LearningException CONFLICT for a labelled item (label it again to change its
     *     label) or when the same text already waits as another item
     */
    @Transactional
    public QueueItem restore(long id, String restoredBy) {
        QueueItemRecord row = find(id);
        if (row.state == QueueState.LABELLED) {
            throw LearningException.conflict("Queue item " + id + " is labelled '" + row.label
                    + "', so it cannot be restored. Label it again to change its label.");
        }
        if (row.state == QueueState.SKIPPED) {
            if (items.hasPending(row.textKey)) {
                throw LearningException.conflict("The text of queue item " + id
                        + " already waits as another pending item.");
            }
            row.state = QueueState.PENDING;
            row.labelledBy = null;
            row.labelledAt = null;
            LOG.debugf("review.restore item=%d by=%s", id, restoredBy);
        }
        return view(row);
    }

    /** @throws LearningException with reason NOT_FOUND when no such item is stored */
    @Transactional
    public QueueItem get(long id) {
        return view(find(id));
    }

    /** Records the label an item was given and the labelled example it became. */
    @Transactional
    public QueueItem markLabelled(long id, String intent, String labelledBy, long exampleId) {
        QueueItemRecord row = find(id);
        row.state = QueueState.LABELLED;
        row.label = intent;
        row.labelledBy = labelledBy;
        row.labelledAt = now();
        row.exampleId = exampleId;
        return view(row);
    }

    /**
     * Takes an item out of the ranking without a label.
     *
     * @throws LearningException CONFLICT for a labelled item, whose label would keep training
     *     although the item reads as skipped; label it again to change the label
     */
    @Transactional
    public QueueItem markSkipped(long id, String skippedBy) {
        QueueItemRecord row = find(id);
        if (row.state == QueueState.LABELLED) {
            throw LearningException.conflict("Queue item " + id + " is labelled '" + row.label
                    + "', so it cannot be skipped. Label it again to change its label.");
        }
        row.state = QueueState.SKIPPED;
        row.labelledBy = skippedBy;
        row.labelledAt = now();
        return view(row);
    }

    private Optional<QueueItemRecord> add(String text, String source, String sender,
            Instant time) {
        String stripped = text.strip();
        if (stripped.length() > MAX_TEXT) {
            throw LearningException.invalid("An utterance is longer than " + MAX_TEXT
                    + " characters.");
        }
        String key = Keys.of(stripped);
        if (items.hasPending(key)) {
            return Optional.empty();
        }
        QueueItemRecord row = new QueueItemRecord();
        row.text = stripped;
        row.textKey = key;
        row.sender = sender;
        row.receivedAt = (time == null ? Instant.now() : time).truncatedTo(ChronoUnit.MICROS);
        row.source = source;
        row.state = QueueState.PENDING;
        items.persist(row);
        return Optional.of(row);
    }

    private QueueItemRecord find(long id) {
        QueueItemRecord row = items.findById(id);
        if (row == null) {
            throw LearningException.notFound(id);
        }
        return row;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static QueueItem view(QueueItemRecord row) {
        return new QueueItem(row.id, row.text, row.sender, row.receivedAt, row.source,
                row.predictedIntent, row.confidence, readTop(row.topIntents), row.modelVersion,
                row.state, row.label, row.labelledBy, row.labelledAt, row.exampleId);
    }

    private static String writeTop(List<IntentScore> top) {
        ArrayNode array = Json.array();
        top.forEach(s -> array.addObject().put("name", s.name()).put("confidence",
                s.confidence()));
        return array.toString();
    }

    private static List<IntentScore> readTop(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            List<IntentScore> top = new ArrayList<>();
            for (JsonNode node : Json.MAPPER.readTree(json)) {
                top.add(new IntentScore(node.path("name").asText(),
                        node.path("confidence").asDouble()));
            }
            return top;
        } catch (JsonProcessingException e) {
            // Written by this class only, so unreadable JSON means a damaged row.
            LOG.warnf("review.queue top intents unreadable: %s", e.getOriginalMessage());
            return List.of();
        }
    }
}
