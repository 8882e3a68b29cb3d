package org.rapport.ui.shell.internal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void theBrowsersFirstSupportedLanguageWins() {
        assertEquals(Languages.PERSIAN, Languages.choose(null,
                List.of(Locale.forLanguageTag("de-DE"), Locale.forLanguageTag("fa-IR"), Locale.ENGLISH)));
        assertEquals(Languages.MONGOLIAN, Languages.choose(null, List.of(Locale.forLanguageTag("mn-MN"))));
        assertEquals(Languages.ARABIC, Languages.choose(null, List.of(Locale.forLanguageTag("ar-SA"))));
    }

    @Test
    void anExplicitChoiceBeatsTheBrowser() {
        assertEquals(Languages.ARABIC, Languages.choose("ar", List.of(Locale.forLanguageTag("fa-IR"))));
    }

    @Test
    void unknownChoicesAndLanguagesFallBackToEnglish() {
        assertEquals(Languages.PERSIAN, Languages.choose("xx-garbage", List.of(Locale.forLanguageTag("fa"))));
        assertEquals(Languages.ENGLISH, Languages.choose(null, List.of(Locale.GERMAN, Locale.JAPANESE)));
        assertEquals(Languages.ENGLISH, Languages.choose("", List.of()));
    }

    @Test
    void calendarAndDigitChoicesTravelWithTheLocale() {
        Locale chosen = Languages.withPreferences(Languages.PERSIAN, "islamic-umalqura", "latn");
        assertEquals("fa-u-ca-islamic-umalqura-nu-latn", chosen.toLanguageTag());
        assertEquals("islamic-umalqura", Languages.calendarOf(chosen));
        assertEquals("latn", Languages.digitsOf(chosen));
        assertEquals("fa", Languages.withPreferences(Languages.PERSIAN, "no-such-calendar", "whatever").toLanguageTag());
        assertEquals("persian", Languages.calendarOf(Languages.PERSIAN));
        assertEquals("gregory", Languages.calendarOf(Languages.ARABIC));
        assertEquals("latn", Languages.digitsOf(Languages.ARABIC));
        Locale arabicDigits = Languages.withPreferences(Languages.ARABIC, null, "native");
        assertEquals("ar-u-nu-arab", arabicDigits.toLanguageTag());
        assertEquals("native", Languages.digitsOf(arabicDigits));
        assertEquals("native", Languages.digitsOf(Languages.PERSIAN));
        assertEquals("en", Languages.withPreferences(Languages.ENGLISH, null, "native").toLanguageTag());
    }

    @Test
    void persianAndArabicAreWrittenRightToLeft() {
        assertTrue(Languages.isRightToLeft(Languages.PERSIAN));
        assertTrue(Languages.isRightToLeft(Languages.ARABIC));
        assertFalse(Languages.isRightToLeft(Languages.ENGLISH));
        assertFalse(Languages.isRightToLeft(Languages.MONGOLIAN));
        assertEquals("rtl", Languages.direction(Locale.forLanguageTag("fa-IR")));
        assertEquals("ltr", Languages.direction(Locale.forLanguageTag("mn")));
    }
}
