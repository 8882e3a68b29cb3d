package org.rapport.platform.api.i18n;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Turns text into the key that search compares, so that spellings a reader treats as the same word
 * compare equal. Store {@code fold(name)} next to the name, fold the query the same way, and compare
 * (or prefix-match) the keys. Keys are for comparing only: never show them to people.
 * <p>
 * {@link #fold(String)} applies these rules, in this order:
 * <ol>
 * <li><b>Compatibility normalization</b> (Unicode NFKD, recomposed to NFC at the end): presentation
 *     forms and ligatures become plain letters ({@code ﻻ} → {@code لا}, {@code ﷲ} → {@code الله}),
 *     full-width and superscript forms become ordinary ones ({@code ＡＢＣ１} → {@code abc1}), the
 *     no-break space becomes a space.</li>
 * <li><b>Case folding</b> (Unicode full default case folding): {@code STRASSE}, {@code Straße} and
 *     {@code strasse} all become {@code strasse}; {@code БАТБАЯР} becomes {@code батбаяр}; final sigma
 *     becomes {@code σ}. The dotted capital {@code İ} becomes {@code i}.</li>
 * <li><b>Diacritics dropped</b>: Arabic harakat and signs U+064B–U+065F (fathatan … kasra, shadda,
 *     sukun, hamza above/below, madda), the superscript alef U+0670, the Arabic honorific and Quranic
 *     marks U+0610–U+061A and the nonspacing marks in U+06D6–U+06ED, whatever letter carries them;
 *     and every nonspacing combining mark carried by a Latin letter ({@code é} → {@code e},
 *     {@code ñ} → {@code n}). Marks on other scripts are kept, because there they make different
 *     letters (Cyrillic {@code й} stays {@code й}, {@code ё} stays {@code ё}).</li>
 * <li><b>Arabic-script letter variants unified</b> (after step 3 took the hamza and madda off their
 *     carriers):
 *     <ul>
 *     <li>alef: {@code أ إ آ ٱ ا} → {@code ا} (U+0627)</li>
 *     <li>yeh: {@code ي ى ی ئ} → Persian yeh {@code ی} (U+06CC)</li>
 *     <li>kaf: {@code ك ک} → keheh {@code ک} (U+06A9)</li>
 *     <li>heh: teh marbuta {@code ة}, {@code ۀ}, {@code ە} (U+06D5) → {@code ه} (U+0647)</li>
 *     <li>waw: {@code ؤ} → {@code و}</li>
 *     </ul>
 *     Other letters, including hamza {@code ء} and Urdu's {@code ہ ھ ے}, are kept as they are.</li>
 * <li><b>Digits</b>: every decimal digit (Persian {@code ۰–۹}, Arabic-Indic {@code ٠–٩}, Mongolian
 *     {@code ᠐–᠙}, Devanagari, full-width …) becomes the Latin digit of the same value.</li>
 * <li><b>Invisible characters dropped</b>: tatweel U+0640 ({@code خــانه} → {@code خانه}), every
 *     format character (general category Cf: ZWNJ U+200C, ZWJ U+200D, LRM/RLM, bidi embeddings and
 *     isolates, soft hyphen, BOM, Arabic letter mark, the Mongolian vowel separator U+180E …) and every
 *     other default-ignorable code point (variation selectors, including the Mongolian free variation
 *     selectors U+180B–U+180D and U+180F), and control characters that are not white space. So {@code می‌خواهم} (with ZWNJ) and {@code میخواهم} fold
 *     alike; {@code می خواهم} (with a space) keeps its space and stays a different key.</li>
 * <li><b>White space</b> (any Unicode white space, tabs and line breaks included) is collapsed to one
 *     space {@code U+0020}, and leading and trailing white space is removed.</li>
 * </ol>
 * Mongolian in Cyrillic is only case-folded; traditional Mongolian script only loses its variation
 * selectors and vowel separator. Folding is idempotent: {@code fold(fold(s)).equals(fold(s))}.
 * <p>
 * Implementations are thread-safe. Changing these rules changes every stored key: it is a new major
 * version of this package and needs a re-index.
 */
@ProviderType
public interface TextFolding {

    /**
     * The search key of {@code text}, by the rules above.
     *
     * @throws NullPointerException if {@code text} is {@code null}
     */
    String fold(String text);

    /**
     * {@code text} with every decimal digit (Persian, Arabic-Indic, Mongolian, full-width …) replaced
     * by the Latin digit of the same value, and nothing else changed: {@code +۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹} →
     * {@code +98 912 345 6789}. For phone numbers, account numbers, postcodes and other digit strings.
     *
     * @throws NullPointerException if {@code text} is {@code null}
     */
    String foldDigits(String text);
}
