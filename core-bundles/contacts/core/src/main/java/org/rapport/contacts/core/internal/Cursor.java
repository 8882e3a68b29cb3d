package org.rapport.contacts.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/**
 * Where the next page starts: the sort value and id of the last record shown, opaque to callers. Keyset paging costs
 * the same on page 1 and page 20,000, and a record added meanwhile never makes one repeat or vanish.
 */
record Cursor(String sortValue, long id) {

    private static final char SEPARATOR = '\u0000';

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((sortValue + SEPARATOR + id).getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String text) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int at = decoded.lastIndexOf(SEPARATOR);
            return new Cursor(decoded.substring(0, at), Long.parseLong(decoded.substring(at + 1)));
        } catch (RuntimeException notOurs) {
            throw ApiProblem.invalid("The cursor is not one this list gave out; start again from the first page.",
                    java.util.List.of(new FieldError("cursor", "not a valid cursor")));
        }
    }
}
