package org.rapport.contacts.core.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The row numbers a job's CSV records had in the file the user uploaded, so the error file names a bad row as the
 * user's own program shows it. A CSV upload is the job's file as is (record {@code n} is row {@code n + 1}); a
 * workbook's sheet loses its empty rows on the way to CSV, so its numbers are kept beside the job's file in
 * {@code <file>.rows}, one line {@code <record> <row>} where the numbering jumps.
 */
final class SourceRows {

    /** Record {@code n} of the file (0 is the header) is row {@code n + 1}. */
    static final SourceRows AS_READ = new SourceRows(new long[] {0}, new long[] {1});

    private final long[] starts;
    private final long[] rows;

    private SourceRows(long[] starts, long[] rows) {
        this.starts = starts;
        this.rows = rows;
    }

    /** The numbers kept for the job's file, or {@link #AS_READ} when none were (a CSV upload). */
    static SourceRows of(Path jobFile) throws IOException {
        Path kept = beside(jobFile);
        if (!Files.exists(kept)) {
            return AS_READ;
        }
        Builder builder = new Builder();
        try (BufferedReader lines = Files.newBufferedReader(kept)) {
            for (String line; (line = lines.readLine()) != null;) {
                String[] parts = line.strip().split(" ");
                if (parts.length != 2) {
                    throw new IOException(kept + " is damaged: '" + line + "' is not '<record> <row>'");
                }
                builder.run(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            }
        } catch (NumberFormatException damaged) {
            throw new IOException(kept + " is damaged: " + damaged.getMessage(), damaged);
        }
        return builder.build();
    }

    /** Where the numbers of {@code jobFile} are kept. */
    static Path beside(Path jobFile) {
        return jobFile.resolveSibling(jobFile.getFileName() + ".rows");
    }

    /** The source row of record {@code record} (0 is the header). */
    long rowOf(long record) {
        int run = Arrays.binarySearch(starts, record);
        if (run < 0) {
            run = -run - 2;
        }
        return rows[run] + (record - starts[run]);
    }

    /** Keeps the numbers beside the job's file; nothing is written when they are the records' own. */
    void keepBeside(Path jobFile) throws IOException {
        if (isAsRead()) {
            return;
        }
        try (BufferedWriter out = Files.newBufferedWriter(beside(jobFile))) {
            for (int i = 0; i < starts.length; i++) {
                out.write(starts[i] + " " + rows[i] + "\n");
            }
        }
    }

    boolean isAsRead() {
        return starts.length == 1 && starts[0] == 0 && rows[0] == 1;
    }

    /** Collects the source row of each record written, in order. */
    static final class Builder {

        private final List<long[]> runs = new ArrayList<>();
        private long records;

        /** Record number {@link #records} (the next one) came from {@code sourceRow}. */
        void add(long sourceRow) {
            long[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last == null || last[1] + (records - last[0]) != sourceRow) {
                runs.add(new long[] {records, sourceRow});
            }
            records++;
        }

        private void run(long record, long sourceRow) {
            runs.add(new long[] {record, sourceRow});
            records = record + 1;
        }

        SourceRows build() {
            if (runs.isEmpty()) {
                return AS_READ;
            }
            return new SourceRows(runs.stream().mapToLong(run -> run[0]).toArray(),
                    runs.stream().mapToLong(run -> run[1]).toArray());
        }
    }
}
