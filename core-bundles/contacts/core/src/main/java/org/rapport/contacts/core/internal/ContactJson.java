package org.rapport.contacts.core.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.rapport.contacts.api.Email;
import org.rapport.contacts.api.Phone;
import org.rapport.contacts.api.PostalAddress;
import org.rapport.contacts.api.SocialHandle;

/** The JSON text the list columns hold. Empty lists are stored as {@code null}, so unused columns cost nothing. */
final class ContactJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final TypeReference<List<Email>> EMAILS = new TypeReference<>() { };
    private static final TypeReference<List<Phone>> PHONES = new TypeReference<>() { };
    private static final TypeReference<List<PostalAddress>> ADDRESSES = new TypeReference<>() { };
    private static final TypeReference<List<SocialHandle>> HANDLES = new TypeReference<>() { };
    private static final TypeReference<TreeSet<String>> TAGS = new TypeReference<>() { };

    private ContactJson() {
    }

    static String write(java.util.Collection<?> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(values instanceof Set<?> set ? new TreeSet<>(set) : values);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("Cannot write contact values as JSON", impossible);
        }
    }

    static List<Email> emails(String json) {
        return read(json, EMAILS);
    }

    static List<Phone> phones(String json) {
        return read(json, PHONES);
    }

    static List<PostalAddress> addresses(String json) {
        return read(json, ADDRESSES);
    }

    static List<SocialHandle> socialHandles(String json) {
        return read(json, HANDLES);
    }

    static Set<String> tags(String json) {
        return json == null ? Set.of() : java.util.Collections.unmodifiableSet(read(json, TAGS));
    }

    private static <T> T read(String json, TypeReference<T> type) {
        if (json == null) {
            @SuppressWarnings("unchecked")
            T empty = (T) List.of();
            return empty;
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("A stored contact list is not valid JSON: " + corrupt.getOriginalMessage(),
                    corrupt);
        }
    }
}
