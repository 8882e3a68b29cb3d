package org.rapport.ui.shell.internal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.rapport.ui.api.UiMessageBundle;

class ShellTranslationsTest {

    private final List<UiMessageBundle> bundles = new ArrayList<>(List.of(() -> "OSGI-INF/l10n/shell"));
    private final ShellTranslations translations = new ShellTranslations(() -> bundles);

    @Test
    void eachLanguageHasItsOwnText() {
        assertEquals("Home", translations.getTranslation("shell.home.title", Languages.ENGLISH));
        assertEquals("خانه", translations.getTranslation("shell.home.title", Languages.PERSIAN));
        assertEquals("الرئيسية", translations.getTranslation("shell.home.title", Languages.ARABIC));
        assertEquals("Нүүр", translations.getTranslation("shell.home.title", Languages.MONGOLIAN));
    }

    @Test
    void numbersInMessagesUseTheLanguagesDigits() {
        assertEquals("۱۲", translations.getTranslation("shell.number", Languages.PERSIAN, 12));
        assertEquals("12", translations.getTranslation("shell.number", Languages.ENGLISH, 12));
        assertEquals("12", translations.getTranslation("shell.number", Locale.forLanguageTag("fa-u-nu-latn"), 12));
        assertEquals("Sample is enabled.", translations.getTranslation("shell.modules.enabled", Languages.ENGLISH,
                "Sample"));
    }

    @Test
    void anUnknownKeyShowsTheKeyRatherThanFailing() {
        assertEquals("no.such.key", translations.getTranslation("no.such.key", Languages.PERSIAN));
    }

    @Test
    void keysAreFoundInEveryRegisteredBundleAndGoneWhenItIs() {
        UiMessageBundle module = () -> "test-l10n/module";
        bundles.add(module);
        assertEquals("یادداشت", translations.getTranslation("module.note", Languages.PERSIAN));
        assertEquals("Note", translations.getTranslation("module.note", Languages.MONGOLIAN));
        bundles.remove(module);
        assertEquals("module.note", translations.getTranslation("module.note", Languages.ENGLISH));
    }

    @Test
    void everyShellKeyIsTranslatedIntoEveryLanguage() throws Exception {
        java.util.Properties english = load("");
        for (String language : List.of("_fa", "_ar", "_mn")) {
            java.util.Properties translated = load(language);
            for (String key : english.stringPropertyNames()) {
                assertEquals(true, translated.containsKey(key), "shell" + language + ".properties lacks " + key);
            }
        }
    }

    private static java.util.Properties load(String suffix) throws Exception {
        java.util.Properties properties = new java.util.Properties();
        try (var in = ShellTranslationsTest.class.getClassLoader()
                .getResourceAsStream("OSGI-INF/l10n/shell" + suffix + ".properties");
                var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
