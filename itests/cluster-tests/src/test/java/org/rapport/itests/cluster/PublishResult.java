package org.rapport.itests.cluster;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The line {@code probe:publish} prints: {@code published=… transactions=… retries=… millis=… node=…}. */
record PublishResult(String node, int published, int transactions, int retries, long millis) {

    private static final Pattern LINE = Pattern.compile(
            "published=(\\d+) transactions=(\\d+) retries=(\\d+) millis=(\\d+) node=(\\S+)");

    static PublishResult parse(String output) {
        Matcher matcher = LINE.matcher(output);
        if (!matcher.find()) {
            throw new AssertionError("probe:publish did not report what it wrote:\n" + output);
        }
        return new PublishResult(matcher.group(5), Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)),
                Long.parseLong(matcher.group(4)));
    }

    @Override
    public String toString() {
        return node + ": " + published + " events in " + transactions + " transactions (" + retries + " retried) in "
                + millis + " ms";
    }
}
