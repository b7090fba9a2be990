package dev.apprentice.policy;

import dev.apprentice.training.Story;
import dev.apprentice.training.StoryStep;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands stories into linear step lists: each {@code or} step becomes one variant per
 * alternative, and a story that starts at a checkpoint is prefixed by every story that ends at
 * it. Expansion is capped so that a cyclic or combinatorial story set stays bounded.
 */
final class StoryExpander {

    static final int MAX_VARIANTS_PER_STORY = 64;
    static final int CHECKPOINT_ROUNDS = 3;

    private StoryExpander() {
    }

    static List<List<StoryStep>> expand(List<Story> stories) {
        List<Segment> segments = new ArrayList<>();
        for (Story story : stories) {
            for (List<StoryStep> variant : expandOr(story.steps())) {
                segments.add(Segment.of(variant));
            }
        }
        List<Segment> result = new ArrayList<>(segments);
        for (int round = 0; round < CHECKPOINT_ROUNDS; round++) {
            result = linkOnce(result, segments);
        }
        List<List<StoryStep>> linear = new ArrayList<>();
        for (Segment s : result) {
            if (s.start == null || !hasEnding(segments, s.start)) {
                linear.add(s.steps);
            }
        }
        return linear;
    }

    private static boolean hasEnding(List<Segment> segments, String checkpoint) {
        return segments.stream().anyMatch(s -> checkpoint.equals(s.end));
    }

    private static List<Segment> linkOnce(List<Segment> current, List<Segment> all) {
        List<Segment> next = new ArrayList<>();
        for (Segment s : current) {
            if (s.start == null) {
                next.add(s);
                continue;
            }
            boolean linked = false;
            for (Segment prefix : all) {
                if (s.start.equals(prefix.end) && next.size() < 10_000) {
                    List<StoryStep> joined = new ArrayList<>(prefix.steps);
                    joined.addAll(s.steps);
                    next.add(new Segment(prefix.start, s.end, joined));
                    linked = true;
                }
            }
            if (!linked) {
                next.add(s);
            }
        }
        return next;
    }

    static List<List<StoryStep>> expandOr(List<StoryStep> steps) {
        List<List<StoryStep>> variants = new ArrayList<>();
        variants.add(new ArrayList<>());
        for (StoryStep step : steps) {
            if (step instanceof StoryStep.Or or) {
                List<List<StoryStep>> next = new ArrayList<>();
                for (List<StoryStep> v : variants) {
                    for (StoryStep alternative : or.alternatives()) {
                        if (next.size() >= MAX_VARIANTS_PER_STORY) {
                            break;
                        }
                        List<StoryStep> copy = new ArrayList<>(v);
                        copy.add(alternative);
                        next.add(copy);
                    }
                }
                variants = next;
            } else {
                variants.forEach(v -> v.add(step));
            }
        }
        return variants;
    }

    /** A story's steps without checkpoints, with the checkpoints it starts and ends at. */
    private record Segment(String start, String end, List<StoryStep> steps) {

        static Segment of(List<StoryStep> steps) {
            String start = null;
            String end = null;
            List<StoryStep> body = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i) instanceof StoryStep.Checkpoint c) {
                    if (i == 0) {
                        start = c.name();
                    } else {
                        end = c.name();
                    }
                } else {
                    body.add(steps.get(i));
                }
            }
            return new Segment(start, end, body);
        }
    }
}
