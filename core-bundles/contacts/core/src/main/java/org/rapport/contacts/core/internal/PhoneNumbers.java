package org.rapport.contacts.core.internal;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import org.rapport.platform.api.i18n.TextFolding;

/** Reads phone numbers as people type them (any digits, any punctuation) into E.164, with libphonenumber. */
final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final TextFolding folding;
    private final String defaultCountry;

    /** @param defaultCountry ISO 3166-1 alpha-2 code for numbers written without {@code +}, or {@code null} */
    PhoneNumbers(TextFolding folding, String defaultCountry) {
        this.folding = folding;
        this.defaultCountry = defaultCountry == null || defaultCountry.isBlank() ? null
                : defaultCountry.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** The number in E.164 ({@code +989121234567}), or empty when it is not a possible phone number. */
    Optional<String> e164(String typed) {
        return parse(typed).map(number -> UTIL.format(number, PhoneNumberFormat.E164));
    }

    /**
     * The digits a person may start typing to find this number: international and national, without punctuation. The
     * international ones are the stored number's own: reading some E.164 numbers again strips a national prefix once
     * more ({@code +980123456} reads as {@code +98123456}), and the stored digits are what an import keyed on the
     * phone looks the record up by.
     */
    java.util.List<String> searchDigits(String e164) {
        Optional<PhoneNumber> parsed = parse(e164);
        if (parsed.isEmpty()) {
            return java.util.List.of(digitsOnly(e164));
        }
        PhoneNumber number = parsed.get();
        String international = digitsOnly(e164);
        String national = digitsOnly(UTIL.format(number, PhoneNumberFormat.NATIONAL));
        String significant = UTIL.getNationalSignificantNumber(number);
        return java.util.stream.Stream.of(international, national, significant).filter(s -> !s.isEmpty()).distinct()
                .toList();
    }

    String defaultCountry() {
        return defaultCountry;
    }

    private Optional<PhoneNumber> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String latin = folding.foldDigits(typed.trim());
        try {
            PhoneNumber number = UTIL.parse(latin, latin.startsWith("+") ? null : defaultCountry);
            return UTIL.isPossibleNumber(number) ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }

    static String digitsOnly(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        text.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> digits.append((char) c));
        return digits.toString();
    }
}
