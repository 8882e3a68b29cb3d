package org.rapport.contacts.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.rapport.platform.api.i18n.TextFolding;

/**
 * Turns a record's names, emails, phones and tags into the folded terms search matches by prefix, and a query into
 * the prefixes to look for. Both sides fold alike, so {@code علی} finds {@code علي} and {@code ۰۹۱۲} finds
 * {@code +98 912 …}.
 */
final class Terms {

    /** Longer terms are cut: a prefix this long identifies a record well enough. */
    static final int MAX_LENGTH = 120;

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s\\p{Punct}&&[^@]]+|[\\s\u060C\u061B\u061F]+");
    private static final Pattern PHONE_QUERY = Pattern.compile("\\+?[0-9 ()\\-.]{3,}");

    /** What a term is derived from; a caller who may not see a field must not find records by it. */
    enum Kind {
        NAME("N"), EMAIL("E"), PHONE("P"), TAG("T");

        final String code;

        Kind(String code) {
            this.code = code;
        }
    }

    record Term(Kind kind, String text) {
    }

    private final TextFolding folding;
    private final PhoneNumbers phones;

    Terms(TextFolding folding, PhoneNumbers phones) {
        this.folding = folding;
        this.phones = phones;
    }

    /** The terms of a record; each distinct. */
    Set<Term> of(Collection<String> names, Collection<String> emails, Collection<String> e164Phones,
            Collection<String> tags) {
        Set<Term> terms = new LinkedHashSet<>();
        for (String name : names) {
            words(name).forEach(word -> add(terms, Kind.NAME, word));
        }
        for (String email : emails) {
            String folded = folding.fold(email);
            add(terms, Kind.EMAIL, folded);
            int at = folded.indexOf('@');
            if (at > 0 && at < folded.length() - 1) {
                add(terms, Kind.EMAIL, folded.substring(at + 1));
            }
        }
        for (String phone : e164Phones) {
            phones.searchDigits(phone).forEach(digits -> add(terms, Kind.PHONE, digits));
        }
        for (String tag : tags) {
            String folded = folding.fold(tag);
            add(terms, Kind.TAG, folded);
            words(tag).forEach(word -> add(terms, Kind.TAG, word));
        }
        return terms;
    }

    /**
     * The prefixes a query asks for, each of which a matching record must have a term starting with. A query that
     * is a phone number in any digits and punctuation is one prefix of digits.
     */
    List<String> queryPrefixes(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String latinDigits = folding.foldDigits(query.trim());
        if (PHONE_QUERY.matcher(latinDigits).matches()) {
            String digits = PhoneNumbers.digitsOnly(latinDigits);
            if (digits.length() >= 3) {
                return List.of(cut(digits));
            }
        }
        List<String> prefixes = new ArrayList<>();
        for (String word : folding.fold(query).split(" ")) {
            if (!word.isEmpty()) {
                prefixes.add(cut(word));
            }
        }
        return prefixes;
    }

    private List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String folded = folding.fold(text);
        List<String> words = new ArrayList<>();
        for (String word : folded.split(" ")) {
            words.add(word);
            // "jean-luc" is found by "jean-luc", "jean" and "luc"
            for (String part : WORD_SEPARATORS.split(word)) {
                if (!part.isEmpty() && !part.equals(word)) {
                    words.add(part);
                }
            }
        }
        return words;
    }

    private static void add(Set<Term> terms, Kind kind, String text) {
        if (text != null && !text.isBlank()) {
            terms.add(new Term(kind, cut(text)));
        }
    }

    private static String cut(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
    }
}
