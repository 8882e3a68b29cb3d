package org.rapport.platform.events.internal;

/** Turns a delivery failure into the short text stored in {@code last_error} columns. */
final class Failures {

    /** The width of the {@code last_error} columns in the platform changelog. */
    static final int MAX_LENGTH = 2000;

    private Failures() {
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage();
        String text = message == null || message.isBlank()
                ? failure.getClass().getName()
                : failure.getClass().getName() + ": " + message;
        return truncate(text, MAX_LENGTH);
    }

    static String truncate(String text, int maxLength) {
        if (text == null || text.length() <= maxLength) {
            return text;
        }
        int end = maxLength - 1;
        // Never leave half a surrogate pair behind: the database would reject or mangle it.
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
