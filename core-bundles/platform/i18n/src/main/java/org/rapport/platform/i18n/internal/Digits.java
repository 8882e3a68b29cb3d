package org.rapport.platform.i18n.internal;

import com.ibm.icu.lang.UCharacter;

/** Decimal digits of any script to Latin ones. */
final class Digits {

    private Digits() {
    }

    /** The Latin digit for a decimal digit of any script (Unicode Nd), or {@code -1} if not a digit. */
    static int latinDigit(int codePoint) {
        if (codePoint >= '0' && codePoint <= '9') {
            return codePoint;
        }
        if (codePoint < 0x80 || UCharacter.getType(codePoint) != UCharacter.DECIMAL_DIGIT_NUMBER) {
            return -1;
        }
        return '0' + UCharacter.digit(codePoint, 10);
    }

    /** {@code text} with every decimal digit replaced by the Latin digit of the same value. */
    static String toLatin(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int latin = latinDigit(codePoint);
            if (latin >= 0 && latin != codePoint && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(latin >= 0 ? latin : codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return out == null ? text : out.toString();
    }
}
