package org.rapport.contacts.core.internal;

import java.util.List;
import java.util.Map;

/**
 * A condition on a record's own search terms that many records meet: a common tag, or a search word that begins
 * the terms of a large share of the records ("ma" among a million people). Planned by the database, such a
 * condition collects every match and sorts them all before the page (339,000 terms, seconds). Its total is counted
 * from its terms; its page is read in the list's order and checked record by record where the matches are spread
 * through that order (a tag; a word only on MariaDB, in an order other than the name: see ListPages.page).
 *
 * @param tag  true for a tag (the term equals {@code term}), false for a search word (a term begins with it)
 * @param term the folded tag or search word
 */
record TermCheck(boolean tag, String term) {

    static TermCheck tag(String foldedTag) {
        return new TermCheck(true, foldedTag);
    }

    static TermCheck prefix(String foldedWord) {
        return new TermCheck(false, foldedWord);
    }

    /**
     * The condition on the terms alias {@code t}, its parameters named after {@code t}. {@code termKinds} are the
     * kinds a search word may match (those the caller may search by).
     */
    String condition(String t, String recordKind, List<String> termKinds, Map<String, Object> params) {
        params.put(t + "Kind", recordKind);
        if (tag) {
            params.put(t + "Tag", term);
            return t + ".recordKind = :" + t + "Kind and " + t + ".termKind = '" + Terms.Kind.TAG.code + "' and " + t
                    + ".term = :" + t + "Tag";
        }
        params.put(t + "TermKinds", termKinds);
        params.put(t + "Word", escapeLike(term) + "%");
        return t + ".recordKind = :" + t + "Kind and " + t + ".termKind in :" + t + "TermKinds and " + t
                + ".term like :" + t + "Word escape '!'";
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
