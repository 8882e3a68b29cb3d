package org.rapport.itests.benchmarks;

import java.io.PrintStream;
import java.util.List;

/** The results as a table: metric, Rapport, raw baseline, ratio, target, met. */
final class ResultTable {

    static final double IMPORT_TARGET_ROWS_PER_SECOND = 20_000;
    static final double LIST_TARGET_P95_MS = 50;
    static final double LIST_TARGET_RATIO = 1.5;
    static final double SUGGEST_TARGET_P95_MS = 30;

    private static final String FORMAT = "| %-8s | %-44s | %14s | %14s | %8s | %-26s | %-4s |%n";

    private ResultTable() {
    }

    /** Prints the table; returns whether every target was met. */
    static boolean print(PrintStream out, List<DatabaseResult> results) {
        boolean allMet = true;
        out.printf(FORMAT, "database", "metric", "Rapport", "raw baseline", "ratio", "target", "met");
        out.printf(FORMAT, "---", "---", "---", "---", "---", "---", "---");
        for (DatabaseResult r : results) {
            String db = r.database() + " " + String.format("%,d", r.rows());
            boolean importMet = r.importRowsPerSecond() >= IMPORT_TARGET_ROWS_PER_SECOND;
            allMet &= importMet;
            if (Double.isNaN(r.importRowsPerSecond())) {
                out.printf(FORMAT, r.database(), String.format("P1 import %,d rows (rows/s)", r.rows()),
                        "not measured", "not measured", "", "≥ 20,000 rows/s", "--lists-only");
            } else {
                out.printf(FORMAT, r.database(), String.format("P1 import %,d rows (rows/s)", r.rows()),
                        String.format("%,.0f", r.importRowsPerSecond()),
                        String.format("%,.0f", r.bulkLoadRowsPerSecond()),
                        String.format("%.3f×", r.importRowsPerSecond() / r.bulkLoadRowsPerSecond()),
                        "≥ 20,000 rows/s", yes(importMet));
            }
            if (!Double.isNaN(r.writeCeilingContactsPerSecond())) {
                // Not a target of its own: what the server alone can write of the same rows bounds P1 from above.
                out.printf(FORMAT, r.database(), "P1 ceiling: its rows copied by the DB alone",
                        String.format("%,.0f", r.importRowsPerSecond()),
                        String.format("%,.0f", r.writeCeilingContactsPerSecond()),
                        String.format("%.2f×", r.importRowsPerSecond() / r.writeCeilingContactsPerSecond()),
                        "(bounds P1)", "");
            }
            allMet &= list(out, r.database(), "P2 stage=customer&sort=-created", r.restStage(), r.rawStage());
            allMet &= list(out, r.database(), "P2 tag=vip&sort=name", r.restTag(), r.rawTag());
            allMet &= list(out, r.database(), "P2 q=<2-3 letters>&sort=name", r.restSearch(), r.rawSearch());
            allMet &= list(out, r.database(), "P2 q=<2-3 letters>&sort=-created", r.restSearchCreated(),
                    r.rawSearchCreated());
            allMet &= latencies(out, r.database(), "P3 suggestions?q=<2-3 letters>", r.restSuggest(),
                    r.rawSuggest(), "p95 ≤ 30 ms", r.restSuggest().percentileMillis(95) <= SUGGEST_TARGET_P95_MS);
            // Not a target either: a REST call with nothing behind it, beside the stage list's raw statement.
            for (int p : new int[] {50, 95}) {
                double floor = r.restFloor().percentileMillis(p);
                double raw = r.rawStage().percentileMillis(p);
                out.printf(FORMAT, r.database(), "P2 floor: GET /api/auth/me p" + p + " (ms)",
                        String.format("%.1f", floor), String.format("%.1f", raw), String.format("%.1f×", floor / raw),
                        "(bounds P2's ratio)", "");
            }
            out.println("  (" + db + " rows; P1 baseline: " + r.bulkLoadHow() + ")");
        }
        underLoad(out, results);
        return allMet;
    }

    /**
     * Not a target of the issue: the same calls made by several clients at once, beside one client alone. The ratio
     * is how much longer a person waits while colleagues work.
     */
    private static void underLoad(PrintStream out, List<DatabaseResult> results) {
        if (results.stream().allMatch(r -> r.underLoad() == null)) {
            return;
        }
        out.println();
        out.printf(FORMAT, "database", "metric under load", "N clients", "1 client", "ratio", "", "");
        out.printf(FORMAT, "---", "---", "---", "---", "---", "---", "---");
        for (DatabaseResult r : results) {
            ConcurrentUsers.Result load = r.underLoad();
            if (load == null) {
                continue;
            }
            String clients = load.clients() + " clients ";
            for (int p : new int[] {50, 95}) {
                loaded(out, r.database(), clients + "stage list p" + p + " (ms)", load.stage(), r.restStage(), p);
                loaded(out, r.database(), clients + "tag list p" + p + " (ms)", load.tag(), r.restTag(), p);
                loaded(out, r.database(), clients + "suggestions p" + p + " (ms)", load.suggest(), r.restSuggest(), p);
            }
            out.printf(FORMAT, r.database(), clients + "calls answered per second", String.format("%.1f",
                    load.callsPerSecond()), "", "", "", "");
        }
    }

    private static void loaded(PrintStream out, String db, String metric, Latencies many, Latencies one, int p) {
        double mine = many.percentileMillis(p);
        double alone = one.percentileMillis(p);
        out.printf(FORMAT, db, metric, String.format("%.1f", mine), String.format("%.1f", alone),
                String.format("%.1f×", mine / alone), "", "");
    }

    private static boolean list(PrintStream out, String db, String metric, Latencies rest, Latencies raw) {
        double p95 = rest.percentileMillis(95);
        boolean met = p95 <= LIST_TARGET_P95_MS && p95 <= LIST_TARGET_RATIO * raw.percentileMillis(95);
        return latencies(out, db, metric, rest, raw, "p95 ≤ 50 ms and ≤ 1.5× raw", met);
    }

    private static boolean latencies(PrintStream out, String db, String metric, Latencies rest, Latencies raw,
            String target, boolean met) {
        for (int p : new int[] {50, 95, 99}) {
            double mine = rest.percentileMillis(p);
            double base = raw.percentileMillis(p);
            out.printf(FORMAT, db, metric + " p" + p + " (ms)", String.format("%.1f", mine),
                    String.format("%.1f", base), String.format("%.1f×", mine / base), p == 95 ? target : "",
                    p == 95 ? yes(met) : "");
        }
        return met;
    }

    private static String yes(boolean met) {
        return met ? "yes" : "NO";
    }
}
