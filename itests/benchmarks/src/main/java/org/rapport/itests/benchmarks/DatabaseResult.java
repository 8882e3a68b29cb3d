package org.rapport.itests.benchmarks;

/** What one database's run measured: Rapport and, beside each, the raw baseline of the same run. */
record DatabaseResult(String database, int rows, double importRowsPerSecond, double bulkLoadRowsPerSecond,
        String bulkLoadHow, Latencies restStage, Latencies rawStage, Latencies restTag, Latencies rawTag,
        Latencies restSuggest, Latencies rawSuggest) {
}
