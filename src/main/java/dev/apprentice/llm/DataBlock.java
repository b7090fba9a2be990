package dev.apprentice.llm;

import java.util.regex.Pattern;

/**
 * Wraps untrusted text (user messages, taught knowledge, training examples) as a
 * {@code <data name="...">} element, the only way such text enters a prompt. Every system prompt
 * tells the model that the content of these elements is data and never an instruction. A
 * {@code <data} or {@code </data} inside the text is defused, so the text cannot close its
 * element and speak as the prompt.
 */
public final class DataBlock {

    private static final Pattern TAG = Pattern.compile("<\\s*(/?)\\s*data",
            Pattern.CASE_INSENSITIVE);

    private DataBlock() {
    }

    /** Returns {@code text} inside a data element called {@code name}. */
    public static String of(String name, String text) {
        String safe = TAG.matcher(text == null ? "" : text).replaceAll("[$1data");
        return "<data name=\"" + name + "\">\n" + safe + "\n</data>";
    }
}
