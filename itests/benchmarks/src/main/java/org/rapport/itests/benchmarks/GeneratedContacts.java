package org.rapport.itests.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.rapport.contacts.core.internal.demo.SampleContacts;

/**
 * The import file every database gets (same seed, same people: Persian, Arabic, Mongolian and Latin), and the
 * type-ahead prefixes taken from the names in it.
 */
final class GeneratedContacts {

    static final long SEED = 20_260_101L;

    final Path file;
    final int rows;
    final List<String> prefixes;

    private GeneratedContacts(Path file, int rows, List<String> prefixes) {
        this.file = file;
        this.rows = rows;
        this.prefixes = prefixes;
    }

    static GeneratedContacts write(Path file, int rows) throws IOException {
        Files.createDirectories(file.getParent());
        SampleContacts generator = new SampleContacts(SEED);
        // Insertion order keeps the prefixes of the four scripts interleaved as they were generated.
        Set<String> prefixes = new LinkedHashSet<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(SampleContacts.Row.HEADER);
            out.write('\n');
            for (int n = 1; n <= rows; n++) {
                SampleContacts.Row row = generator.next(n);
                out.write(row.csv());
                out.write('\n');
                if (prefixes.size() < 400) {
                    // 2 and 3 letters: what a user has typed when the type-ahead first answers.
                    String name = n % 2 == 0 ? row.firstName() : row.lastName();
                    int length = n % 3 == 0 ? 2 : 3;
                    if (name.codePointCount(0, name.length()) >= length) {
                        prefixes.add(name.substring(0, name.offsetByCodePoints(0, length)));
                    }
                }
            }
        }
        return new GeneratedContacts(file.toAbsolutePath(), rows, new ArrayList<>(prefixes));
    }
}
