package org.rapport.contacts.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.ibm.icu.text.MessageFormat;

class ContactsMessagesTest {

    private static final List<String> LANGUAGES = List.of("", "_fa", "_ar", "_mn");

    private static Properties texts(String suffix) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ContactsMessagesTest.class.getClassLoader()
                .getResourceAsStream("OSGI-INF/l10n/contacts" + suffix + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void everyLanguageHasEveryKeyAndEveryPatternIsValid() throws IOException {
        Set<String> english = texts("").stringPropertyNames();
        for (String language : LANGUAGES) {
            Properties texts = texts(language);
            assertEquals(new TreeSet<>(english), new TreeSet<>(texts.stringPropertyNames()), "keys of " + language);
            Locale locale = language.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(language.substring(1));
            for (String key : english) {
                assertTrue(key.startsWith("contacts."), key);
                String pattern = texts.getProperty(key);
                new MessageFormat(pattern, locale).format(new Object[] {3, 4});
                // Patterns without words of their own ("{0} → {1}", "—") and the word "API" stay as they are.
                boolean hasWords = pattern.replaceAll("\\{\\d+\\}", "").matches("(?s).*\\p{L}.*");
                if (!language.isEmpty() && hasWords && !pattern.equals("API")) {
                    assertTrue(!pattern.equals(texts("").getProperty(key)), key + " is not translated in " + language);
                }
            }
        }
    }

    @Test
    void theKeysTheCoreModuleNamesExist() throws IOException {
        List<String> wanted = new ArrayList<>();
        for (String action : List.of("read", "write", "delete", "export", "import", "erase")) {
            wanted.add("contacts.permission.person." + action);
        }
        for (String action : List.of("read", "write", "delete", "export")) {
            wanted.add("contacts.permission.organization." + action);
        }
        wanted.add("contacts.type.person");
        wanted.add("contacts.type.organization");
        for (ContactKind kind : ContactKind.values()) {
            kind.fields.forEach(field -> wanted.add(kind.fieldKey(field)));
            wanted.add("contacts.import.entity." + kind.singular);
            wanted.add("contacts.import.toList." + kind.plural);
        }
        // the import wizard names every column a file may fill, and every key and job state
        for (String field : org.rapport.contacts.api.ContactImports.PERSON_COLUMNS) {
            wanted.add("contacts.import.field." + field);
        }
        for (String field : org.rapport.contacts.api.ContactImports.ORGANIZATION_COLUMNS) {
            wanted.add("contacts.import.field." + field);
        }
        for (org.rapport.contacts.api.ImportJob.State state : org.rapport.contacts.api.ImportJob.State.values()) {
            wanted.add("contacts.import.state." + state.wire());
        }
        // the consents tab names every channel the module records consent for
        for (org.rapport.contacts.api.ConsentChannel channel : org.rapport.contacts.api.ConsentChannel.values()) {
            wanted.add("contacts.consents.channel." + channel.name());
        }
        Set<String> english = texts("").stringPropertyNames();
        for (String key : wanted) {
            assertTrue(english.contains(key), key);
        }
    }

    @Test
    void totalsUseTheLanguagesDigitsAndSayWhenTheyAreEstimates() throws IOException {
        assertEquals("1,234 people", format("", "contacts.persons.count", 1234L));
        assertEquals("1 person", format("", "contacts.persons.count", 1L));
        assertEquals("about 1.2M people", format("", "contacts.persons.countAbout", 1_234_567L));
        assertEquals("۱٬۲۳۴ نفر", format("_fa", "contacts.persons.count", 1234L));
        assertEquals("حدود ۱٫۲ میلیون نفر", format("_fa", "contacts.persons.countAbout", 1_234_567L));
        assertEquals("شخصان", format("_ar", "contacts.persons.count", 2L));
    }

    @Test
    void fileSizesAreShortAndInTheLanguagesDigits() throws IOException {
        assertEquals("812 B", format("", "contacts.size.bytes", 812L));
        assertEquals("45.3 KB", format("", "contacts.size.kb", 45.3));
        assertEquals("10 MB", format("", "contacts.size.mb", 10.0));
        assertEquals("۱۰ مگابایت", format("_fa", "contacts.size.mb", 10.0));
        assertEquals("۴۵٫۳ کیلوبایت", format("_fa", "contacts.size.kb", 45.3));
    }

    @Test
    void theDuplicatesFoundBeforeCreatingAreCountedInTheLanguage() throws IOException {
        assertTrue(format("", "contacts.duplicates.create.intro", 1L).startsWith("1 person you may see has "));
        assertTrue(format("", "contacts.duplicates.create.intro", 2L).startsWith("2 people you may see have "));
        assertTrue(format("_fa", "contacts.duplicates.create.intro", 2L).startsWith("۲ نفر "));
        assertTrue(format("_ar", "contacts.duplicates.create.intro", 2L).startsWith("شخصان "));
    }

    private static String format(String language, String key, Object argument) throws IOException {
        Locale locale = language.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(language.substring(1));
        // ICU puts no-break spaces between a number and its unit; compare them as spaces.
        return new MessageFormat(texts(language).getProperty(key), locale).format(new Object[] {argument})
                .replaceAll("[\u00a0\u202f]", " ");
    }
}
