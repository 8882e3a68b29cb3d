package org.rapport.contacts.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.access.OrgWideDefault;
import org.rapport.platform.api.access.RecordAccess;
import org.rapport.platform.api.access.RecordScope;
import org.rapport.platform.api.security.Caller;

/**
 * The access decisions, each asked once for the length of a piece of work that asks them over and over (an import
 * batch asks the same questions for each of its rows). Outside such work every question goes to the access service.
 * An answer is kept no longer than one batch's transaction, and the job checks its user's rights before each batch.
 */
final class RememberedAccess implements RecordAccess {

    private static final ThreadLocal<Map<List<Object>, Object>> ANSWERS = new ThreadLocal<>();

    private final RecordAccess access;

    RememberedAccess(RecordAccess access) {
        this.access = access;
    }

    /** Runs {@code work} with the answers remembered until it returns (nested calls share the outer memory). */
    static <T> T during(Supplier<T> work) {
        if (ANSWERS.get() != null) {
            return work.get();
        }
        ANSWERS.set(new HashMap<>());
        try {
            return work.get();
        } finally {
            ANSWERS.remove();
        }
    }

    @Override
    public RecordScope readScope(Caller caller, String recordType) {
        return remembered(List.of("read", caller, recordType), () -> access.readScope(caller, recordType));
    }

    @Override
    public RecordScope writeScope(Caller caller, String recordType) {
        return remembered(List.of("write", caller, recordType), () -> access.writeScope(caller, recordType));
    }

    @Override
    public Map<String, FieldRule> fieldRules(Caller caller, String recordType) {
        return remembered(List.of("fields", caller, recordType), () -> access.fieldRules(caller, recordType));
    }

    @Override
    public OrgWideDefault orgWideDefault(String recordType) {
        return remembered(List.of("default", recordType), () -> access.orgWideDefault(recordType));
    }

    @SuppressWarnings("unchecked")
    private <T> T remembered(List<Object> question, Supplier<T> ask) {
        Map<List<Object>, Object> answers = ANSWERS.get();
        if (answers == null) {
            return ask.get();
        }
        return (T) answers.computeIfAbsent(question, q -> ask.get());
    }
}
