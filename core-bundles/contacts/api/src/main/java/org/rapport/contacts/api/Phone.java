package org.rapport.contacts.api;

/**
 * @param number as the caller gives it (any digits: Latin, Persian, Arabic-Indic); stored and answered in E.164,
 *               e.g. {@code +989121234567}, read with the configured default country when it has no {@code +}
 * @param label  free text such as {@code mobile}; may be {@code null}
 */
public record Phone(String number, String label) {

    public Phone(String number) {
        this(number, null);
    }
}
