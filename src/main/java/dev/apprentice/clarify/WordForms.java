package dev.apprentice.clarify;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Guesses the base forms an English word may be an inflection of: a possessive {@code 's}, a
 * plural or third-person {@code -s}/{@code -es}/{@code -ies}, a past {@code -ed}/{@code -d}/
 * {@code -ied}, and a present participle {@code -ing}, with the doubled consonant and dropped
 * {@code e} of the usual spelling rules. The guesses are not checked: a caller keeps those that
 * a word list contains, so "syncs", "synced" and "syncing" all lead to "sync".
 */
final class WordForms {

    private WordForms() {
    }

    /** Returns the candidate base forms of the lower-case {@code word}, without the word. */
    static Set<String> bases(String word) {
        Set<String> bases = new LinkedHashSet<>();
        String w = word;
        if (w.endsWith("'s") || w.endsWith("\u2019s")) {
            w = w.substring(0, w.length() - 2);
            bases.add(w);
        }
        addPlural(w, bases);
        addPast(w, bases);
        addParticiple(w, bases);
        bases.remove(word);
        bases.removeIf(b -> b.length() < 2);
        return bases;
    }

    /**
     * Returns the candidate base forms of the lower-case {@code word} as a noun: without a
     * possessive {@code 's} and a plural ending. A noun list matched through {@link #bases}
     * would take the adjective "licensed" for the noun "license".
     */
    static Set<String> nounBases(String word) {
        Set<String> bases = new LinkedHashSet<>();
        String w = word;
        if (w.endsWith("'s") || w.endsWith("\u2019s")) {
            w = w.substring(0, w.length() - 2);
            bases.add(w);
        }
        addPlural(w, bases);
        bases.remove(word);
        bases.removeIf(b -> b.length() < 2);
        return bases;
    }

    private static void addPlural(String w, Set<String> bases) {
        if (w.endsWith("ies") && w.length() > 4) {
            bases.add(w.substring(0, w.length() - 3) + "y");
        }
        if (w.endsWith("es") && w.length() > 3) {
            bases.add(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 2) {
            bases.add(w.substring(0, w.length() - 1));
        }
    }

    private static void addPast(String w, Set<String> bases) {
        if (w.endsWith("ied") && w.length() > 4) {
            bases.add(w.substring(0, w.length() - 3) + "y");
        }
        if (w.endsWith("ed") && w.length() > 3) {
            String stem = w.substring(0, w.length() - 2);
            bases.add(stem);
            bases.add(stem + "e");
            addUndoubled(stem, bases);
        }
    }

    private static void addParticiple(String w, Set<String> bases) {
        if (w.endsWith("ing") && w.length() > 4) {
            String stem = w.substring(0, w.length() - 3);
            bases.add(stem);
            bases.add(stem + "e");
            addUndoubled(stem, bases);
        }
    }

    /** Adds "stop" for "stopp" (from "stopped", "stopping"). */
    private static void addUndoubled(String stem, Set<String> bases) {
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
            bases.add(stem.substring(0, n - 1));
        }
    }
}
