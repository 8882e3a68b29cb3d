package org.rapport.contacts.api;

import org.rapport.platform.api.web.ApiProblem;

/**
 * The caller may not do this: a permission they lack, a record they see but may not change, or a field that is
 * read-only or hidden for them. Over REST it is a 403.
 */
public class ContactAccessException extends ApiProblem {

    private static final long serialVersionUID = 1L;

    public ContactAccessException(String message) {
        super(403, "Forbidden", message, null, null);
    }
}
