package org.rapport.ui.shell.internal.i18n;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.server.VaadinRequest;

import jakarta.servlet.http.Cookie;

/**
 * The UI languages and how a user's is chosen: an explicit choice (kept in a cookie until user profiles hold it)
 * wins over the browser's Accept-Language; anything else falls back to English. Persian and Arabic are written
 * right to left, so their pages are mirrored.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale PERSIAN = Locale.forLanguageTag("fa");
    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    public static final Locale MONGOLIAN = Locale.forLanguageTag("mn");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, PERSIAN, ARABIC, MONGOLIAN);

    static final String COOKIE = "rapport-lang";

    private Languages() {
    }

    /** The language for a request: the cookie, else the first supported Accept-Language entry, else English. */
    public static Locale forRequest(VaadinRequest request) {
        if (request == null) {
            return ENGLISH;
        }
        String chosen = null;
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    chosen = cookie.getValue();
                }
            }
        }
        return choose(chosen, Collections.list(request.getLocales()));
    }

    /** The user's explicit choice if it is a supported language, else the first supported accepted one. */
    static Locale choose(String chosen, List<Locale> accepted) {
        return supported(chosen).or(() -> accepted.stream().map(locale -> supported(locale.toLanguageTag()))
                .flatMap(Optional::stream).findFirst()).orElse(ENGLISH);
    }

    public static Optional<Locale> supported(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(languageTag.strip()).getLanguage();
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

    public static boolean isRightToLeft(Locale locale) {
        String language = locale.getLanguage();
        return language.equals("fa") || language.equals("ar");
    }

    public static String direction(Locale locale) {
        return isRightToLeft(locale) ? "rtl" : "ltr";
    }

    /** Sets the UI's language and writing direction (the direction mirrors Vaadin's components too). */
    public static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        ui.setDirection(isRightToLeft(locale) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getPage().executeJs("document.documentElement.setAttribute('lang', $0)", locale.toLanguageTag());
    }

    /** Remembers the user's choice in the browser and reloads the page in that language. */
    public static void choose(UI ui, Locale locale) {
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; samesite=lax';"
                + " window.location.reload();", COOKIE, locale.toLanguageTag());
    }
}
