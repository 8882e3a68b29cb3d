package org.rapport.contacts.api;

/** The ways a person can be contacted, each with its own consent. */
public enum ConsentChannel {
    EMAIL,
    SMS,
    PHONE
}
