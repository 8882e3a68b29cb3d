package org.rapport.identity.core.internal;

/** Text a caller typed, made safe to log: no line breaks or control characters (forged log lines), bounded. */
final class LogSafe {

    private LogSafe() {
    }

    static String text(String typed) {
        if (typed == null) {
            return "";
        }
        String cut = typed.length() > 100 ? typed.substring(0, 100) + "…" : typed;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
