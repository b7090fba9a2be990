package dev.apprentice.learning.eval;

import dev.apprentice.learning.BatchSelector;
import dev.apprentice.learning.Candidate;
import dev.apprentice.learning.QueryStrategy;
import dev.apprentice.learning.Strategies;
import dev.apprentice.nlu.Committee;
import dev.apprentice.nlu.SentenceEmbedder;
import dev.apprentice.nlu.SoftmaxClassifier;
import dev.apprentice.training.NluData;
import dev.apprentice.training.NluExample;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * One pool-based active-learning simulation. The learner starts from a few labelled examples per
 * intent. In each round it trains the intent classifier from scratch on what is labelled and
 * measures its accuracy on the test set. Then a strategy picks a batch from the rest of the
 * pool, and the batch's gold labels are revealed. The committee strategies also train the default
 * {@link Committee} (nearest neighbours on embeddings, character n-gram naive Bayes) each round.
 * Runs of different strategies and seeds share nothing mutable and may run in parallel.
 */
final class PoolSimulation {

    private static final Set<String> COMMITTEE_STRATEGIES = Set.of("vote_entropy", "mean_kl");

    /**
     * @param seedPerIntent labelled examples per intent before the first query
     * @param batchSize examples queried per round
     * @param maxLabels labelled examples after which the run stops
     * @param diversity weight of {@link BatchSelector}'s diversity term for every strategy but
     *     random, which always samples uniformly
     * @param training settings of every classifier training
     */
    record Settings(int seedPerIntent, int batchSize, int maxLabels, double diversity,
            SoftmaxClassifier.Options training) {
    }

    /** The accuracy after one round of a run. */
    record Point(String strategy, long seed, int labels, double accuracy) {
    }

    /**
     * Examples with their classifier features and label indexes.
     *
     * @param texts the utterances, which the committee members read
     * @param features the classifier's input vector of each utterance
     * @param labels the gold label index of each utterance
     */
    record Examples(List<String> texts, List<float[]> features, int[] labels) {
    }

    private final List<String> intents;
    private final Examples pool;
    private final Examples test;
    private final SentenceEmbedder embedder;
    private final Settings settings;

    PoolSimulation(List<String> intents, Examples pool, Examples test, SentenceEmbedder embedder,
            Settings settings) {
        this.intents = List.copyOf(intents);
        this.pool = pool;
        this.test = test;
        this.embedder = embedder;
        this.settings = settings;
    }

    /** Returns the accuracy on the evaluation split of the classifier trained on the whole pool. */
    double fullPoolAccuracy() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < pool.labels().length; i++) {
            all.add(i);
        }
        return accuracy(train(all));
    }

    /** Runs {@code strategyName} from the seed set of {@code seed}, one point per round. */
    List<Point> run(String strategyName, long seed) {
        QueryStrategy strategy = Strategies.byName(strategyName, seed);
        BatchSelector selector = new BatchSelector(
                "random".equals(strategy.name()) ? 0 : settings.diversity());
        List<Integer> labelled = seedSet(seed);
        List<Point> points = new ArrayList<>();
        while (true) {
            SoftmaxClassifier classifier = train(labelled);
            points.add(new Point(strategy.name(), seed, labelled.size(), accuracy(classifier)));
            int size = Math.min(settings.batchSize(), settings.maxLabels() - labelled.size());
            if (size <= 0 || labelled.size() >= pool.labels().length) {
                return points;
            }
            List<Candidate> candidates = candidates(classifier, labelled,
                    COMMITTEE_STRATEGIES.contains(strategy.name()));
            for (Candidate pick : selector.select(candidates, size, strategy)) {
                labelled.add(Integer.parseInt(pick.id()));
            }
        }
    }

    /** Returns {@code seedPerIntent} pool indexes of each intent, drawn with {@code seed}. */
    List<Integer> seedSet(long seed) {
        List<List<Integer>> byLabel = new ArrayList<>();
        intents.forEach(intent -> byLabel.add(new ArrayList<>()));
        for (int i = 0; i < pool.labels().length; i++) {
            byLabel.get(pool.labels()[i]).add(i);
        }
        Random random = new Random(seed);
        List<Integer> seedSet = new ArrayList<>();
        for (List<Integer> members : byLabel) {
            Collections.shuffle(members, random);
            seedSet.addAll(members.subList(0, Math.min(settings.seedPerIntent(), members.size())));
        }
        return seedSet;
    }

    private List<Candidate> candidates(SoftmaxClassifier classifier, List<Integer> labelled,
            boolean withCommittee) {
        Committee committee = withCommittee ? committee(labelled) : null;
        boolean[] isLabelled = new boolean[pool.labels().length];
        labelled.forEach(i -> isLabelled[i] = true);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < isLabelled.length; i++) {
            if (isLabelled[i]) {
                continue;
            }
            String text = pool.texts().get(i);
            float[] x = pool.features().get(i);
            List<double[]> votes = committee == null ? List.of() : committee.predict(text);
            candidates.add(new Candidate(Integer.toString(i), text, classifier.predictProba(x),
                    votes, x));
        }
        return candidates;
    }

    private Committee committee(List<Integer> labelled) {
        List<NluExample> examples = new ArrayList<>();
        for (int i : labelled) {
            examples.add(new NluExample(intents.get(pool.labels()[i]), pool.texts().get(i),
                    List.of(), "pool"));
        }
        return Committee.train(intents, new NluData(examples, Map.of(), List.of(), List.of()),
                embedder);
    }

    private SoftmaxClassifier train(List<Integer> indexes) {
        List<float[]> x = new ArrayList<>(indexes.size());
        int[] y = new int[indexes.size()];
        for (int k = 0; k < indexes.size(); k++) {
            x.add(pool.features().get(indexes.get(k)));
            y[k] = pool.labels()[indexes.get(k)];
        }
        SoftmaxClassifier classifier = new SoftmaxClassifier(intents.size(),
                pool.features().get(0).length);
        classifier.train(x, y, settings.training());
        return classifier;
    }

    private double accuracy(SoftmaxClassifier classifier) {
        int correct = 0;
        for (int i = 0; i < test.labels().length; i++) {
            double[] p = classifier.predictProba(test.features().get(i));
            correct += argmax(p) == test.labels()[i] ? 1 : 0;
        }
        return (double) correct / test.labels().length;
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }
}
