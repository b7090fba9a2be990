package dev.apprentice.clarify.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The conversation figures of one clarification mode, summed over its simulated users.
 *
 * <p>A term counts as taught when a cooperative user was asked about it in the first
 * conversation and answered at least one question there. The turns to teach it are the user
 * messages of that conversation, the request included, counted only when the later
 * conversation's "what is" was answered from memory.
 */
final class ModeFigures {

    private final String mode;
    private int conversations;
    private int questions;
    private int answered;
    private int askedAbout;
    private int taught;
    private int explainedLater;
    private int askedAgain;
    private final List<Integer> turnsToTeach = new ArrayList<>();

    ModeFigures(String mode) {
        this.mode = mode;
    }

    /** Adds the two conversations of {@code user}. */
    void add(SimulatedUser user, SimulatedUser.Outcome outcome) {
        add(user.term().name(), user.cooperative(), outcome);
    }

    void add(String term, boolean cooperative, SimulatedUser.Outcome outcome) {
        conversations += 2;
        questions += outcome.first().questions() + outcome.later().questions();
        answered += outcome.first().answered() + outcome.later().answered();
        boolean asked = outcome.first().askedAbout(term);
        if (asked) {
            askedAbout++;
        }
        if (!asked || !cooperative || outcome.first().answered() == 0) {
            return;
        }
        taught++;
        if (outcome.later().askedAbout(term)) {
            askedAgain++;
        }
        if (outcome.explainedLater()) {
            explainedLater++;
            turnsToTeach.add(outcome.firstTurns());
        }
    }

    double questionsPerConversation() {
        return conversations == 0 ? 0 : (double) questions / conversations;
    }

    /** Returns the share of questions answered, or NaN when none was asked. */
    double shareAnswered() {
        return questions == 0 ? Double.NaN : (double) answered / questions;
    }

    /** Returns the mean user messages needed to teach a term, or NaN when none was taught. */
    double meanTurnsToTeach() {
        return turnsToTeach.stream().mapToInt(Integer::intValue).average().orElse(Double.NaN);
    }

    int maxTurnsToTeach() {
        return turnsToTeach.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    int taught() {
        return taught;
    }

    int explainedLater() {
        return explainedLater;
    }

    int askedAgain() {
        return askedAgain;
    }

    /** Returns the figures as a row of a Markdown table. */
    String row() {
        int users = conversations / 2;
        String turns = turnsToTeach.isEmpty() ? "none taught"
                : String.format(Locale.ROOT, "%.2f, %d", meanTurnsToTeach(), maxTurnsToTeach());
        String share = questions == 0 ? "no questions"
                : String.format(Locale.ROOT, "%.2f (%d of %d)", shareAnswered(), answered,
                        questions);
        return String.format(Locale.ROOT, "| %s | %d | %.2f | %s | %d of %d | %s | %d of %d"
                        + " | %d of %d |", mode, conversations, questionsPerConversation(), share,
                askedAbout, users, turns, explainedLater, taught, askedAgain, taught);
    }
}
