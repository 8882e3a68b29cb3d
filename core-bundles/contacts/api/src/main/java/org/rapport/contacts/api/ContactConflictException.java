package org.rapport.contacts.api;

import java.util.Map;

import org.rapport.platform.api.web.ApiProblem;

/** The record was changed by someone else after the caller read it. Over REST it is a 409 with the current version. */
public class ContactConflictException extends ApiProblem {

    private static final long serialVersionUID = 1L;

    private final long currentVersion;

    public ContactConflictException(String noun, long id, long currentVersion) {
        super(409, "The record was changed by someone else", "The " + noun + " " + id
                + " was changed by someone else after you read it; reload it and make your change again.", null,
                Map.of("currentVersion", currentVersion));
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
