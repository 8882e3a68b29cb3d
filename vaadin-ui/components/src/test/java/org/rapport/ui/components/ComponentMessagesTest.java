package org.rapport.ui.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.ibm.icu.text.MessageFormat;

class ComponentMessagesTest {

    private static final List<String> LANGUAGES = List.of("_fa", "_ar", "_mn");

    private static Properties texts(String suffix) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ComponentMessagesTest.class.getClassLoader()
                .getResourceAsStream(new ComponentMessages().baseName() + suffix + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void everyLanguageTranslatesEveryKeyWithAValidPattern() throws IOException {
        Properties english = texts("");
        assertTrue(english.containsKey("ui.components.date.hint"));
        assertTrue(english.containsKey("ui.components.date.invalid"));
        for (String language : LANGUAGES) {
            Properties texts = texts(language);
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(texts.stringPropertyNames()),
                    "keys of " + language);
            Locale locale = Locale.forLanguageTag(language.substring(1));
            for (String key : english.stringPropertyNames()) {
                // The keys start with the bundle's own prefix so that no module's texts shadow them.
                assertTrue(key.startsWith("ui.components."), key);
                String shown = new MessageFormat(texts.getProperty(key), locale).format(new Object[] {"۱۴۰۵/۹/۷"});
                assertTrue(shown.contains("۱۴۰۵/۹/۷"), key + " in " + language + " shows the example date");
                assertNotEquals(english.getProperty(key), texts.getProperty(key), key + " in " + language);
            }
        }
    }
}
