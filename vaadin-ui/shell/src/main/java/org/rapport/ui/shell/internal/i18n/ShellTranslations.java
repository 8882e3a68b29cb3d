package org.rapport.ui.shell.internal.i18n;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.rapport.ui.api.UiMessageBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.ibm.icu.text.MessageFormat;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Vaadin's translation provider for the whole UI: looks a key up in every module's message bundle (the shell's
 * own among them), in the user's language and then in English. Messages are ICU message patterns, so numbers in
 * them come out in the language's digits and plurals agree.
 */
public final class ShellTranslations implements I18NProvider {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ShellTranslations.class);
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final transient Supplier<List<UiMessageBundle>> bundles;
    private final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();

    public ShellTranslations(Supplier<List<UiMessageBundle>> bundles) {
        this.bundles = bundles;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = locale == null ? Languages.ENGLISH : locale;
        Optional<String> pattern = lookup(key, language);
        if (pattern.isEmpty()) {
            if (reportedMissing.add(key)) {
                LOG.warn("No UI text for key '{}' in any message bundle", key);
            }
            return key;
        }
        if (params == null || params.length == 0) {
            return new MessageFormat(pattern.get(), language).format(new Object[0]);
        }
        return new MessageFormat(pattern.get(), language).format(params);
    }

    private Optional<String> lookup(String key, Locale locale) {
        for (UiMessageBundle bundle : bundles.get()) {
            try {
                ResourceBundle texts = ResourceBundle.getBundle(bundle.baseName(), locale, bundle.classLoader(),
                        NO_FALLBACK);
                // A key missing in the language's file is found in the base (English) file through the parent.
                if (texts.containsKey(key)) {
                    return Optional.of(texts.getString(key));
                }
            } catch (MissingResourceException | IllegalStateException noSuchBundle) {
                // this module has no texts in this language, or its bundle was just stopped
            }
        }
        return Optional.empty();
    }
}
