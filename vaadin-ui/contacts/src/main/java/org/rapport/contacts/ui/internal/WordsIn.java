package org.rapport.contacts.ui.internal;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;

/**
 * Translates into one language chosen beforehand. A component's own translations follow the UI of the current
 * request, and a download is a request of its own with no UI bound: a file written there would be in the default
 * language, not the language of the page its link is on.
 */
@Tag("span")
final class WordsIn extends Component {

    private static final long serialVersionUID = 1L;

    private final Locale locale;

    /** In the language {@code page} shows now (called while the page's request runs). */
    static WordsIn languageOf(Component page) {
        UI ui = page.getUI().orElseGet(UI::getCurrent);
        return new WordsIn(ui == null ? Locale.getDefault() : ui.getLocale());
    }

    private WordsIn(Locale locale) {
        this.locale = locale;
    }

    @Override
    public String getTranslation(String key, Object... params) {
        return getTranslation(locale, key, params);
    }
}
