package org.rapport.contacts.core.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.access.OrgWideDefault;
import org.rapport.platform.api.access.RecordAccess;
import org.rapport.platform.api.access.RecordScope;
import org.rapport.platform.api.security.Caller;

/**
 * Access decisions set by the test, with the semantics the identity module implements: admins reach everything,
 * public defaults open reading (and writing), others reach their own, their subordinates' and their teams' records.
 */
final class TestAccess implements RecordAccess {

    final Map<String, OrgWideDefault> defaults = new HashMap<>();
    final Map<Long, Set<Long>> subordinates = new HashMap<>();
    final Map<Long, Set<Long>> teams = new HashMap<>();
    final Map<String, Map<String, FieldRule>> fieldRules = new HashMap<>();

    @Override
    public RecordScope readScope(Caller caller, String recordType) {
        OrgWideDefault sharing = orgWideDefault(recordType);
        return scope(caller, sharing != OrgWideDefault.PRIVATE);
    }

    @Override
    public RecordScope writeScope(Caller caller, String recordType) {
        return scope(caller, orgWideDefault(recordType) == OrgWideDefault.PUBLIC_READ_WRITE);
    }

    @Override
    public Map<String, FieldRule> fieldRules(Caller caller, String recordType) {
        if (caller.roles().contains("admin")) {
            return Map.of();
        }
        return fieldRules.getOrDefault(caller.username() + "/" + recordType, Map.of());
    }

    @Override
    public OrgWideDefault orgWideDefault(String recordType) {
        return defaults.getOrDefault(recordType, OrgWideDefault.PRIVATE);
    }

    void rule(String username, String recordType, String field, FieldRule rule) {
        fieldRules.computeIfAbsent(username + "/" + recordType, key -> new HashMap<>()).put(field, rule);
    }

    private RecordScope scope(Caller caller, boolean open) {
        if (open || caller.roles().contains("admin")) {
            return RecordScope.all(caller.userId());
        }
        Set<Long> owners = new HashSet<>(subordinates.getOrDefault(caller.userId(), Set.of()));
        owners.add(caller.userId());
        return new RecordScope(false, caller.userId(), owners, teams.getOrDefault(caller.userId(), Set.of()));
    }
}
