package dev.apprentice.clarify.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads tab-separated files without quoting, as GAP, WiC and ClariQ are written. */
final class Tsv {

    private Tsv() {
    }

    /** Returns the rows of {@code file}, each split at tabs, skipping the header if asked. */
    static List<String[]> read(Path file, boolean header) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (int i = header ? 1 : 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                rows.add(lines.get(i).split("\t", -1));
            }
        }
        return rows;
    }
}
