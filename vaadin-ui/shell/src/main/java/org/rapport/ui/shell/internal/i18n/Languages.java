package org.rapport.ui.shell.internal.i18n;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    static final String CALENDAR_COOKIE = "rapport-calendar";
    static final String DIGITS_COOKIE = "rapport-digits";
    /** The calendars a user can pick (BCP 47 {@code ca} types), in menu order. */
    public static final List<String> CALENDARS = List.of("gregory", "persian", "islamic-umalqura", "islamic-civil");
    /** The digit choices: the language's own digits, or Latin 0–9 ({@code nu=latn}). */
    public static final List<String> DIGITS = List.of("native", "latn");

    private Languages() {
    }

    /**
     * The locale of a request's pages: the chosen (cookie) or accepted language, else English, carrying the user's
     * calendar and digit choices as Unicode extensions ({@code fa-u-ca-gregory-nu-latn}), which the platform's
     * formatting and the message formats follow.
     */
    public static Locale forRequest(VaadinRequest request) {
        if (request == null) {
            return ENGLISH;
        }
        Map<String, String> cookies = new HashMap<>();
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
        Locale language = choose(cookies.get(COOKIE), Collections.list(request.getLocales()));
        return withPreferences(language, cookies.get(CALENDAR_COOKIE), cookies.get(DIGITS_COOKIE));
    }

    /** The language with the calendar and digits the user chose; unknown choices are ignored. */
    static Locale withPreferences(Locale language, String calendar, String digits) {
        Locale.Builder locale = new Locale.Builder().setLanguage(language.getLanguage());
        if (calendar != null && CALENDARS.contains(calendar)) {
            locale.setUnicodeLocaleKeyword("ca", calendar);
        }
        if ("latn".equals(digits)) {
            locale.setUnicodeLocaleKeyword("nu", "latn");
        } else if ("native".equals(digits)) {
            nativeDigits(language).ifPresent(system -> locale.setUnicodeLocaleKeyword("nu", system));
        }
        return locale.build();
    }

    /**
     * The language's own digits as a CLDR numbering system, where it has any besides 0–9: Persian ۰–۹, Arabic-Indic
     * ٠–٩ (ICU shows Arabic with 0–9 unless asked), traditional Mongolian ᠐–᠙.
     */
    public static Optional<String> nativeDigits(Locale language) {
        return Optional.ofNullable(switch (language.getLanguage()) {
            case "fa" -> "arabext";
            case "ar" -> "arab";
            case "mn" -> "mong";
            default -> null;
        });
    }

    /** The calendar shown for a locale: the user's choice, else the language's default (Persian for fa). */
    public static String calendarOf(Locale locale) {
        String chosen = locale.getUnicodeLocaleType("ca");
        return chosen != null ? chosen : locale.getLanguage().equals("fa") ? "persian" : "gregory";
    }

    /** {@code native} or {@code latn}: the user's choice, else the language's default (native only for fa). */
    public static String digitsOf(Locale locale) {
        String chosen = locale.getUnicodeLocaleType("nu");
        if (chosen != null) {
            return "latn".equals(chosen) ? "latn" : "native";
        }
        return locale.getLanguage().equals("fa") ? "native" : "latn";
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
        ui.getPage().executeJs("document.documentElement.setAttribute('lang', $0)", locale.getLanguage());
    }

    /** Remembers the user's language in the browser and reloads the page in it. */
    public static void choose(UI ui, Locale locale) {
        remember(ui, COOKIE, locale.getLanguage());
    }

    public static void chooseCalendar(UI ui, String calendar) {
        remember(ui, CALENDAR_COOKIE, calendar);
    }

    public static void chooseDigits(UI ui, String digits) {
        remember(ui, DIGITS_COOKIE, digits);
    }

    // Kept in cookies until users have profiles (identity); a reload renders everything in the new setting.
    private static void remember(UI ui, String cookie, String value) {
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; samesite=lax';"
                + " window.location.reload();", cookie, value);
    }
}
