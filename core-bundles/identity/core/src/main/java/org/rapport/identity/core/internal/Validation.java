package org.rapport.identity.core.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.rapport.identity.api.UserAdmin;
import org.rapport.platform.api.web.FieldError;
import org.rapport.platform.api.web.ApiProblem;

/** Collects what is wrong with a request, field by field, and throws one {@link ApiProblem#invalid} for all. */
final class Validation {

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,100}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{1,100}");
    private static final Pattern CALENDAR = Pattern.compile("[a-z0-9-]{1,50}");

    private final List<FieldError> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    void throwIfInvalid(String detail) {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(detail, errors);
        }
    }

    String username(String field, String value) {
        if (value == null || !USERNAME.matcher(value.strip()).matches()) {
            add(field, "1 to 100 letters, digits or . _ @ -");
            return value;
        }
        return value.strip();
    }

    /** Role and team names. */
    String name(String field, String value) {
        if (value == null || !NAME.matcher(value.strip()).matches()) {
            add(field, "1 to 100 letters, digits or . _ -");
            return value;
        }
        return value.strip();
    }

    String text(String field, String value, int max, boolean required) {
        String stripped = value == null ? null : value.strip();
        if (stripped == null || stripped.isEmpty()) {
            if (required) {
                add(field, "must not be blank");
            }
            return null;
        }
        if (stripped.length() > max) {
            add(field, "at most " + max + " characters, got " + stripped.length());
        }
        return stripped;
    }

    String email(String field, String value) {
        String email = text(field, value, 320, false);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
            add(field, "not an email address (name@example.org)");
        }
        return email;
    }

    String locale(String field, String value) {
        String tag = text(field, value, 100, false);
        if (tag == null) {
            return null;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.getLanguage().isEmpty()) {
                add(field, "needs a language, e.g. en, fa-IR or ar-EG");
            }
            return locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            add(field, "not a BCP 47 language tag (e.g. en, fa-IR, ar-EG-u-nu-arab)");
            return tag;
        }
    }

    String calendar(String field, String value) {
        String calendar = text(field, value, 50, false);
        if (calendar != null && !CALENDAR.matcher(calendar).matches()) {
            add(field, "a calendar name such as gregorian, persian or islamic-umalqura");
        }
        return calendar;
    }

    String timeZone(String field, String value) {
        String zone = text(field, value, 100, false);
        if (zone == null) {
            return null;
        }
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            add(field, "not a time zone id (e.g. Europe/Berlin, Asia/Tehran)");
            return zone;
        }
    }

    void newPassword(String field, char[] password) {
        if (password == null || password.length < UserAdmin.MIN_PASSWORD_LENGTH) {
            add(field, "at least " + UserAdmin.MIN_PASSWORD_LENGTH + " characters, got "
                    + (password == null ? 0 : password.length) + "; a few unrelated words make a good one");
        } else if (password.length > Accounts.MAX_PASSWORD_LENGTH) {
            add(field, "at most " + Accounts.MAX_PASSWORD_LENGTH + " characters");
        }
    }
}
