package dev.apprentice.clarify.eval;

import dev.apprentice.clarify.BotVocabulary;
import dev.apprentice.clarify.ReferenceCandidates.Weights;
import dev.apprentice.clarify.WordList;
import dev.apprentice.nlu.Committee;
import dev.apprentice.nlu.MiniLmEmbedder;
import dev.apprentice.nlu.NluEngine;
import dev.apprentice.project.ProjectLoader;
import dev.apprentice.project.RasaProject;
import dev.apprentice.training.NluData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints how the doubt detectors do on three public data sets: GAP (ambiguous pronouns, see
 * {@link GapEvaluation}), WiC (word senses, see {@link WicEvaluation}) and ClariQ (whether a
 * request needs a clarifying question, see {@link ClariqEvaluation}). A data set whose folder
 * is missing is reported as skipped.
 *
 * <p>Arguments: {@code [data folder] [bot folder]}, by default {@code ../shared/data} and
 * {@code dialogues}; the bot's NLU gives the intent scores and vocabulary used on ClariQ.
 */
public final class DoubtEvaluation {

    private DoubtEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path bot = Path.of(args.length > 1 ? args[1] : "dialogues");
        WordList words = WordList.standard();
        System.out.printf("word list: %s (%d words, %d names)%n", words.source(),
                words.words().size(), words.names().size());
        MiniLmEmbedder embedder = new MiniLmEmbedder(40_000);
        embedder.warmUp();

        gap(data.resolve("gap"), words);
        wic(data.resolve("wic"), embedder);
        clariq(data.resolve("clariq"), bot, embedder);
    }

    private static void gap(Path folder, WordList words) throws IOException {
        if (!Files.isDirectory(folder)) {
            System.out.println("gap: skipped, " + folder + " is missing");
            return;
        }
        GapEvaluation evaluation = new GapEvaluation(
                BotVocabulary.of(null, NluData.empty(), words));
        List<GapEvaluation.Row> validation =
                GapEvaluation.read(folder.resolve("gap-validation.tsv"));
        List<GapEvaluation.Row> development =
                GapEvaluation.read(folder.resolve("gap-development.tsv"));
        Weights tuned = evaluation.tune(validation);
        System.out.printf("gap: snippet context; candidates found before the pronoun and ranked"
                + " by salience; weights tuned on validation (%d rows): %s%n",
                validation.size(), tuned);
        print("gap.development", evaluation.evaluate(development, tuned));
        print("gap.development.default_weights",
                evaluation.evaluate(development, Weights.DEFAULTS));
    }

    private static void print(String name, GapEvaluation.Result r) {
        System.out.printf(Locale.ROOT, "%s: rows=%d accuracy_a_b_neither=%.3f f1_overall=%.3f"
                + " f1_masculine=%.3f f1_feminine=%.3f bias_f_over_m=%.2f"
                + " accuracy_a_vs_b=%.3f ask_rate=%.3f accuracy_when_asking=%.3f"
                + " accuracy_when_not_asking=%.3f%n", name, r.rows(), r.accuracy(), r.f1(),
                r.f1Masculine(), r.f1Feminine(), r.f1Feminine() / r.f1Masculine(),
                r.abAccuracy(), r.askRate(), r.accuracyAsked(), r.accuracyNotAsked());
    }

    private static void wic(Path folder, MiniLmEmbedder embedder) throws IOException {
        if (!Files.isDirectory(folder)) {
            System.out.println("wic: skipped, " + folder + " is missing");
            return;
        }
        List<WicEvaluation.Pair> train = WicEvaluation.read(folder.resolve("train.data.txt"),
                folder.resolve("train.gold.txt"));
        List<WicEvaluation.Pair> dev = WicEvaluation.read(folder.resolve("dev.data.txt"),
                folder.resolve("dev.gold.txt"));
        System.out.printf("wic: all-MiniLM-L6-v2 cosine of the two contexts >= threshold means"
                + " same sense; threshold tuned on train (%d pairs), reported on dev (%d)%n",
                train.size(), dev.size());
        for (WicEvaluation.Result r : new WicEvaluation(embedder).evaluate(train, dev)) {
            System.out.printf(Locale.ROOT, "wic.dev: context=%s threshold=%.3f"
                    + " train_accuracy=%.3f dev_accuracy=%.3f%n", r.context(), r.threshold(),
                    r.trainAccuracy(), r.devAccuracy());
        }
    }

    private static void clariq(Path folder, Path bot, MiniLmEmbedder embedder)
            throws IOException {
        if (!Files.isDirectory(folder) || !Files.isDirectory(bot)) {
            System.out.println("clariq: skipped, " + folder + " or " + bot + " is missing");
            return;
        }
        RasaProject project = new ProjectLoader().load(bot);
        NluEngine engine = new NluEngine(project.domain(), project.nlu(), project.config(),
                embedder);
        engine.train();
        Committee committee = Committee.train(engine.labels(), project.nlu(), embedder);
        BotVocabulary vocabulary = BotVocabulary.of(project.domain(), project.nlu());
        List<ClariqEvaluation.Topic> topics =
                ClariqEvaluation.read(folder.resolve("train.tsv"));
        System.out.printf("clariq: %d train topics (the dev and test splits are not available);"
                + " doubt score = max of unknown-term, ambiguous-reference and uncertain-intent"
                + " scores with the bot in %s (%d intents); 3 thresholds tuned by %d-fold"
                + " cross-validation over topics%n", topics.size(), bot, engine.labels().size(),
                ClariqEvaluation.FOLDS);
        ClariqEvaluation.Result r =
                new ClariqEvaluation(engine, committee, vocabulary).evaluate(topics);
        double[] means = r.meanScoreByLevel();
        System.out.printf(Locale.ROOT, "clariq.cross_validation: topics=%d weighted_f1=%.3f"
                + " accuracy=%.3f majority_level=%d majority_weighted_f1=%.3f"
                + " mean_score_by_level=[%.3f, %.3f, %.3f, %.3f]%n",
                r.topics(), r.weightedF1(), r.accuracy(), r.majorityLevel(),
                r.majorityWeightedF1(), means[0], means[1], means[2], means[3]);
        r.firingRates().forEach((kind, rate) -> System.out.printf(Locale.ROOT,
                "clariq.firing_rate: %s=%.3f%n", kind, rate));
    }
}
