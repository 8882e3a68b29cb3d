package org.rapport.platform.i18n.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.platform.api.i18n.TextFolding;

import com.ibm.icu.lang.UCharacter;

class IcuTextFoldingTest {

    private final TextFolding folding = new IcuTextFolding();

    /** Each row: a spelling, and the key it must fold to (the documented one form). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # yeh: Arabic ي, alef maksura ى and Persian ی are one letter
            علي              | علی
            علی              | علی
            على              | علی
            موسى             | موسی
            # kaf
            كتاب             | کتاب
            کتاب             | کتاب
            # teh marbuta, heh with yeh above, heh + hamza, ae
            مدرسة            | مدرسه
            مدرسه            | مدرسه
            خانۀ             | خانه
            خانهٔ             | خانه
            ە               | ه
            # alef with hamza, madda, wasla
            أحمد             | احمد
            إحمد             | احمد
            احمد             | احمد
            آرش              | ارش
            قرآن             | قران
            ٱلله             | الله
            # waw and yeh with hamza
            مسؤول            | مسوول
            سائل             | سایل
            # harakat, shadda, superscript alef
            مُحَمَّد          | محمد
            هٰذا             | هذا
            # tatweel
            خــانه           | خانه
            # presentation forms and ligatures (NFKC)
            ﻋﻠﻲ              | علی
            ﷲ                | الله
            # hamza on its own and Urdu letters are kept
            ء                | ء
            ہے               | ہے
            # digits
            ۰۹۱۲۳۴۵۶۷۸۹      | 09123456789
            ٠٩١٢             | 0912
            ᠑᠒᠓              | 123
            ＡＢＣ１２３      | abc123
            # Latin: full case folding and diacritics
            STRASSE          | strasse
            Straße           | strasse
            STRAẞE           | strasse
            Élodie           | elodie
            São Paulo        | sao paulo
            İstanbul         | istanbul
            ǅemal            | dzemal
            # Cyrillic: case folded only, its marks make letters
            Батбаяр          | батбаяр
            БАТБАЯР          | батбаяр
            Өлзий            | өлзий
            Йорк             | йорк
            Ёлка             | ёлка
            """)
    void foldsToTheOneForm(String spelling, String key) {
        assertEquals(key, folding.fold(spelling));
    }

    @Test
    void variantsOfOneWordMeet() {
        assertSameKey("علي", "علی", "على");
        assertSameKey("كتاب", "کتاب");
        assertSameKey("مدرسة", "مدرسه");
        assertSameKey("أحمد", "احمد", "إحمد", "آحمد");
        assertSameKey("مُحَمَّد", "محمد");
        assertSameKey("خــانه", "خانه");
        assertSameKey("می\u200Cخواهم", "میخواهم", "مي\u200Dخواهم");
        assertSameKey("۰۹۱۲۳۴۵۶۷۸۹", "٠٩١٢٣٤٥٦٧٨٩", "09123456789");
        assertSameKey("STRASSE", "straße", "Strasse");
        assertSameKey("Батбаяр", "БАТБАЯР");
    }

    @Test
    void differentWordsStayApart() {
        // rules must not over-reach: these are different words or letters
        assertNotEquals(folding.fold("Йорк"), folding.fold("Иорк"));
        assertNotEquals(folding.fold("می خواهم"), folding.fold("میخواهم"), "a space is not a ZWNJ");
        assertNotEquals(folding.fold("ء"), folding.fold("ا"));
        assertNotEquals(folding.fold("ک"), folding.fold("گ"));
        assertNotEquals(folding.fold("ی"), folding.fold("ب"));
    }

    @Test
    void dropsFormatCharactersAndBidiMarks() {
        assertEquals("علی رضایی", folding.fold("\u200Fعلی\u200E \u202Bرضایی\u202C\uFEFF"));
        assertEquals("abc", folding.fold("a\u00ADb\u2060c"));
        assertEquals("12", folding.fold("\u061C۱۲"));
    }

    @Test
    void traditionalMongolianLosesVariationSelectorsAndVowelSeparator() {
        // ᠭ with the first free variation selector, then each of the others
        assertEquals("\u182D", folding.fold("\u182D\u180B"));
        assertEquals("\u182D\u1820", folding.fold("\u182D\u180C\u1820\u180D"));
        assertEquals("\u182D", folding.fold("\u182D\u180F"));
        // qar-a: the vowel separator before the final a becomes nothing
        assertEquals("\u182C\u1820\u1837\u1820", folding.fold("\u182C\u1820\u1837\u180E\u1820"));
    }

    @Test
    void collapsesAndTrimsWhiteSpace() {
        assertEquals("علی رضایی", folding.fold("  علی \t\n  رضایی  "));
        assertEquals("a b c", folding.fold("a\u00A0b\u3000\u2003c\r\n"));
        assertEquals("", folding.fold(" \t\u200C\u0640 "));
        assertEquals("", folding.fold(""));
    }

    @Test
    void foldDigitsChangesDigitsOnly() {
        assertEquals("+98 912 345 6789", folding.foldDigits("+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹"));
        assertEquals("0912-345", folding.foldDigits("٠٩١٢-٣٤٥"));
        assertEquals("كتاب 12 Ab\u200C", folding.foldDigits("كتاب ۱۲ Ab\u200C"));
        assertEquals("123", folding.foldDigits("᠑᠒᠓"));
        String latin = "+1 (555) 010-9999";
        assertSame(latin, folding.foldDigits(latin), "nothing to change: no copy");
    }

    @Test
    void refusesNull() {
        assertThrows(NullPointerException.class, () -> folding.fold(null));
        assertThrows(NullPointerException.class, () -> folding.foldDigits(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"علي", "كتاب", "مدرسة", "أحمد", "مُحَمَّد", "خــانه", "می\u200Cخواهم",
            "۰۹۱۲۳۴۵۶۷۸۹", "STRASSE", "Straße", "Батбаяр", "ﻋﻠﻲ", "ﷲ", "İstanbul", "ǅemal",
            "ᠬᠠᠷ\u180Eᠠ", "  a \t b  ", "ΣΊΣΥΦΟΣ", "ﬁ ﬂ", "한국어", "ｶﾞ", "①②", "x\u0301\u0323", "\u0301a",
            "ا\u0654", "ه\u0654", "ە\u0654", "Ǆ\u030C", "ΐ", "ᾳ\u0345", "\uD835\uDC00\uD835\uDFCE"})
    void foldIsIdempotent(String sample) {
        String once = folding.fold(sample);
        assertEquals(once, folding.fold(once));
    }

    /** Every code point on its own, and Latin and Arabic letters with every mark of their blocks. */
    @Test
    void foldIsIdempotentAndCleanForEveryCodePoint() {
        List<String> failures = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            if (Character.getType(codePoint) == Character.SURROGATE) {
                continue;
            }
            check(new String(Character.toChars(codePoint)), failures);
        }
        for (int mark = 0x0300; mark <= 0x036F; mark++) {
            for (char letter : "aEiOuyCnszAİ".toCharArray()) {
                check("" + letter + (char) mark, failures);
            }
        }
        for (int mark = 0x0610; mark <= 0x06ED; mark++) {
            for (char letter : "اهيوىكەۀبی".toCharArray()) {
                check("" + letter + (char) mark, failures);
            }
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " failures, e.g. " + failures.subList(0,
                Math.min(20, failures.size())));
    }

    private void check(String text, List<String> failures) {
        String once = folding.fold(text);
        if (!once.equals(folding.fold(once))) {
            failures.add("not idempotent: " + hex(text));
        }
        if (!once.equals(once.strip())) {
            failures.add("not trimmed: " + hex(text));
        }
        once.codePoints().forEach(c -> {
            if (UCharacter.getType(c) == UCharacter.FORMAT || c == 0x0640
                    || IcuTextFolding.isArabicDiacritic(c) && UCharacter.getType(c) == UCharacter.NON_SPACING_MARK
                    || UCharacter.getType(c) == UCharacter.DECIMAL_DIGIT_NUMBER && c > '9'
                    || (UCharacter.isUWhiteSpace(c) && c != ' ')
                    || "يىكةۀەأإآٱؤئ".indexOf(c) >= 0) {
                failures.add("U+" + Integer.toHexString(c) + " left in fold(" + hex(text) + ")");
            }
        });
    }

    private void assertSameKey(String first, String... others) {
        String key = folding.fold(first);
        for (String other : others) {
            assertEquals(key, folding.fold(other), () -> first + " and " + other + " must fold alike");
        }
    }

    private static String hex(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(String.format("U+%04X ", c)));
        return out.toString().trim();
    }
}
