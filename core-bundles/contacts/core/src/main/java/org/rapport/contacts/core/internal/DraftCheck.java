package org.rapport.contacts.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.rapport.contacts.api.Email;
import org.rapport.contacts.api.Owner;
import org.rapport.contacts.api.Phone;
import org.rapport.contacts.api.PostalAddress;
import org.rapport.contacts.api.SocialHandle;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/** Checks and normalizes what a caller sent, collecting every problem before answering, each with its field. */
final class DraftCheck {

    static final int MAX_ENTRIES = 20;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final List<FieldError> errors = new ArrayList<>();
    private final PhoneNumbers phones;

    DraftCheck(PhoneNumbers phones) {
        this.phones = phones;
    }

    /** Trimmed text, {@code null} when blank; too long is an error. */
    String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
        }
        return trimmed;
    }

    List<Email> emails(List<Email> given) {
        List<Email> result = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        limit("emails", given.size());
        for (int i = 0; i < given.size(); i++) {
            Email email = given.get(i);
            String field = "emails[" + i + "].address";
            String address = email == null ? null : text(field, email.address(), 320);
            if (address == null) {
                errors.add(new FieldError(field, "must not be blank"));
            } else if (!EMAIL.matcher(address).matches()) {
                errors.add(new FieldError(field, "'" + address + "' is not an email address"));
            } else if (seen.add(address.toLowerCase(Locale.ROOT))) {
                result.add(new Email(address, text("emails[" + i + "].label", email.label(), 50)));
            }
        }
        return result;
    }

    List<Phone> phones(List<Phone> given) {
        List<Phone> result = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        limit("phones", given.size());
        for (int i = 0; i < given.size(); i++) {
            Phone phone = given.get(i);
            String field = "phones[" + i + "].number";
            String number = phone == null ? null : text(field, phone.number(), 50);
            if (number == null) {
                errors.add(new FieldError(field, "must not be blank"));
                continue;
            }
            var e164 = phones.e164(number);
            if (e164.isEmpty()) {
                errors.add(new FieldError(field, "'" + number + "' is not a phone number"
                        + (number.startsWith("+") || phones.defaultCountry() == null
                                ? " (write it with + and the country code)"
                                : " in " + phones.defaultCountry() + " (write it with + and the country code)")));
            } else if (seen.add(e164.get())) {
                result.add(new Phone(e164.get(), text("phones[" + i + "].label", phone.label(), 50)));
            }
        }
        return result;
    }

    List<PostalAddress> addresses(List<PostalAddress> given) {
        List<PostalAddress> result = new ArrayList<>();
        limit("addresses", given.size());
        for (int i = 0; i < given.size(); i++) {
            PostalAddress a = given.get(i);
            if (a == null) {
                continue;
            }
            String prefix = "addresses[" + i + "].";
            String country = text(prefix + "country", a.country(), 2);
            if (country != null) {
                country = country.toUpperCase(Locale.ROOT);
                if (!COUNTRY.matcher(country).matches()) {
                    errors.add(new FieldError(prefix + "country", "an ISO 3166 two-letter code such as IR or MN"));
                }
            }
            PostalAddress clean = new PostalAddress(text(prefix + "label", a.label(), 50),
                    text(prefix + "street", a.street(), 500), text(prefix + "city", a.city(), 200),
                    text(prefix + "region", a.region(), 200), text(prefix + "postalCode", a.postalCode(), 30), country);
            if (!clean.equals(new PostalAddress(clean.label(), null, null, null, null, null))) {
                result.add(clean);
            }
        }
        return result;
    }

    List<SocialHandle> socialHandles(List<SocialHandle> given) {
        List<SocialHandle> result = new ArrayList<>();
        limit("socialHandles", given.size());
        for (int i = 0; i < given.size(); i++) {
            SocialHandle h = given.get(i);
            String network = h == null ? null : text("socialHandles[" + i + "].network", h.network(), 50);
            String handle = h == null ? null : text("socialHandles[" + i + "].handle", h.handle(), 300);
            if (network == null || handle == null) {
                errors.add(new FieldError("socialHandles[" + i + "]", "needs a network and a handle"));
            } else {
                result.add(new SocialHandle(network.toLowerCase(Locale.ROOT), handle));
            }
        }
        return result;
    }

    Set<String> tags(Set<String> given) {
        Set<String> result = new TreeSet<>();
        if (given.size() > 50) {
            errors.add(new FieldError("tags", "at most 50 tags"));
        }
        for (String tag : given) {
            String clean = text("tags", tag, 50);
            if (clean != null) {
                result.add(clean);
            }
        }
        return result;
    }

    String website(String value) {
        String site = text("website", value, 500);
        if (site != null && (site.contains(" ") || !site.contains("."))) {
            errors.add(new FieldError("website", "'" + site + "' is not a web address"));
        }
        return site;
    }

    /** The owner asked for, or {@code null} for "as it is" (on create: the creator, see {@link ContactStore}). */
    Owner owner(Owner given) {
        if (given == null || given.userId() == null && given.teamId() == null) {
            return null;
        }
        if (given.userId() != null && given.userId() <= 0 || given.teamId() != null && given.teamId() <= 0) {
            errors.add(new FieldError("owner", "user and team ids are positive numbers"));
        }
        return given;
    }

    void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    void throwIfInvalid(String noun) {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid("The " + noun + " cannot be saved as given.", List.copyOf(errors));
        }
    }

    private void limit(String field, int size) {
        if (size > MAX_ENTRIES) {
            errors.add(new FieldError(field, "at most " + MAX_ENTRIES + " entries"));
        }
    }
}
