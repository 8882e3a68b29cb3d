package org.rapport.platform.i18n.internal;

import java.util.Map;
import java.util.Objects;

import org.osgi.service.component.annotations.Component;
import org.rapport.platform.api.i18n.TextFolding;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;

/**
 * The folding rules documented on {@link TextFolding}. Arabic-script letters are mapped by an
 * explicit table rather than a transliterator rule, so that the rules can be read here and in the
 * tests, and so that ICU data updates never silently change stored keys.
 */
@Component(service = TextFolding.class)
public class IcuTextFolding implements TextFolding {

    private static final int TATWEEL = 0x0640;

    /**
     * Letter variants and their one form: Persian yeh U+06CC, keheh U+06A9, heh U+0647, alef U+0627,
     * waw U+0648. Letters with hamza or madda never reach the table as such (NFKD splits them into
     * letter + mark and the mark is dropped); they are listed so the table reads complete.
     */
    private static final Map<Integer, Integer> ARABIC_LETTERS = Map.ofEntries(
            Map.entry(0x064A, 0x06CC), // ي Arabic yeh
            Map.entry(0x0649, 0x06CC), // ى alef maksura
            Map.entry(0x0626, 0x06CC), // ئ yeh with hamza above
            Map.entry(0x0643, 0x06A9), // ك Arabic kaf
            Map.entry(0x0629, 0x0647), // ة teh marbuta
            Map.entry(0x06C0, 0x0647), // ۀ heh with yeh above
            Map.entry(0x06D5, 0x0647), // ە ae
            Map.entry(0x0622, 0x0627), // آ alef with madda
            Map.entry(0x0623, 0x0627), // أ alef with hamza above
            Map.entry(0x0625, 0x0627), // إ alef with hamza below
            Map.entry(0x0671, 0x0627), // ٱ alef wasla
            Map.entry(0x0624, 0x0648)); // ؤ waw with hamza above

    // Normalizer2 instances are immutable and thread-safe.
    private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    @Override
    public String fold(String text) {
        Objects.requireNonNull(text, "text");
        // Decompose again after case folding: folding can produce characters with decompositions.
        String decomposed = NFKD.normalize(UCharacter.foldCase(NFKD.normalize(text), true));
        StringBuilder out = new StringBuilder(decomposed.length());
        int baseScript = UScript.COMMON;
        boolean spacePending = false;
        for (int i = 0; i < decomposed.length(); ) {
            int codePoint = decomposed.codePointAt(i);
            i += Character.charCount(codePoint);
            if (UCharacter.isUWhiteSpace(codePoint)) {
                spacePending = out.length() > 0;
                continue;
            }
            if (isInvisible(codePoint)) {
                continue;
            }
            boolean mark = UCharacter.getType(codePoint) == UCharacter.NON_SPACING_MARK;
            if (mark && (isArabicDiacritic(codePoint) || baseScript == UScript.LATIN)) {
                continue;
            }
            if (spacePending) {
                out.append(' ');
                spacePending = false;
            }
            if (mark) {
                out.appendCodePoint(codePoint);
                continue;
            }
            baseScript = UScript.getScript(codePoint);
            int digit = Digits.latinDigit(codePoint);
            out.appendCodePoint(digit >= 0 ? digit : ARABIC_LETTERS.getOrDefault(codePoint, codePoint));
        }
        return NFC.normalize(out);
    }

    @Override
    public String foldDigits(String text) {
        Objects.requireNonNull(text, "text");
        return Digits.toLatin(text);
    }

    /**
     * Tatweel, format characters (ZWNJ, ZWJ, bidi controls, U+180E …), other default ignorables, and
     * control characters that are not white space.
     */
    static boolean isInvisible(int codePoint) {
        int type = UCharacter.getType(codePoint);
        return codePoint == TATWEEL
                || type == UCharacter.FORMAT
                || type == UCharacter.CONTROL
                || UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }

    /** Harakat, hamza/madda marks, superscript alef, honorific and Quranic marks. */
    static boolean isArabicDiacritic(int codePoint) {
        return (codePoint >= 0x064B && codePoint <= 0x065F)
                || codePoint == 0x0670
                || (codePoint >= 0x0610 && codePoint <= 0x061A)
                || (codePoint >= 0x06D6 && codePoint <= 0x06ED);
    }
}
