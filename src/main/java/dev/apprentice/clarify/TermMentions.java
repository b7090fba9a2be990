package dev.apprentice.clarify;

import dev.apprentice.knowledge.KnowledgeView;
import dev.apprentice.knowledge.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds where the terms of the knowledge memory occur in a text, by name or alias, as whole
 * words and in any case. Where two mentions overlap the longer one wins, then the earlier one.
 */
final class TermMentions {

    private TermMentions() {
    }

    /** A term found in a text; offsets count code points, end exclusive. */
    record Mention(Term term, int start, int end, String surface) {
        boolean covers(int from, int to) {
            return start <= from && to <= end;
        }
    }

    static List<Mention> find(String text, KnowledgeView knowledge, String conversationId) {
        if (knowledge == null || text == null || text.isEmpty()) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        List<Mention> found = new ArrayList<>();
        for (Term term : knowledge.terms(conversationId)) {
            List<String> surfaces = new ArrayList<>(term.aliases());
            surfaces.add(0, term.name());
            for (String surface : surfaces) {
                addOccurrences(text, lower, term, surface, found);
            }
        }
        return withoutOverlaps(found);
    }

    private static void addOccurrences(String text, String lower, Term term, String surface,
            List<Mention> found) {
        String needle = surface == null ? "" : surface.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return;
        }
        for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            if (isBoundary(lower, at - 1) && isBoundary(lower, end)) {
                int start = text.codePointCount(0, at);
                found.add(new Mention(term, start, start + text.codePointCount(at, end),
                        text.substring(at, end)));
            }
        }
    }

    private static boolean isBoundary(String text, int index) {
        return index < 0 || index >= text.length()
                || !Character.isLetterOrDigit(text.charAt(index));
    }

    private static List<Mention> withoutOverlaps(List<Mention> mentions) {
        List<Mention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparingInt((Mention m) -> m.start() - m.end())
                .thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : ordered) {
            if (kept.stream().noneMatch(k -> m.start() < k.end() && k.start() < m.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }
}
