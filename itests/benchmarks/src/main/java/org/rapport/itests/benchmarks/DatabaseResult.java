package org.rapport.itests.benchmarks;

/**
 * What one database's run measured: Rapport and, beside each, the raw baseline of the same run. The write ceiling is
 * MariaDB alone copying the rows the import wrote ({@link WriteCeiling}); NaN where it was not measured. The REST
 * floor is {@code GET /api/auth/me}: a request with a token check and no list. {@code underLoad} is the lists and
 * the type-ahead called by several clients at once; null when not measured.
 */
record DatabaseResult(String database, int rows, double importRowsPerSecond, double bulkLoadRowsPerSecond,
        double writeCeilingContactsPerSecond,
        String bulkLoadHow, Latencies restStage, Latencies rawStage, Latencies restTag, Latencies rawTag,
        Latencies restSearch, Latencies rawSearch, Latencies restSearchCreated, Latencies rawSearchCreated,
        Latencies restSuggest, Latencies rawSuggest, Latencies restFloor, ConcurrentUsers.Result underLoad) {
}
