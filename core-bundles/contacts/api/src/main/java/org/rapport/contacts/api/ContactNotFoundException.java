package org.rapport.contacts.api;

import org.rapport.platform.api.web.ApiProblem;

/**
 * The record does not exist, or the caller may not see it: the two are deliberately indistinguishable. Over REST it
 * is a 404.
 */
public class ContactNotFoundException extends ApiProblem {

    private static final long serialVersionUID = 1L;

    public ContactNotFoundException(String noun, long id) {
        super(404, "Not found", "There is no " + noun + " " + id + ".", null, null);
    }
}
