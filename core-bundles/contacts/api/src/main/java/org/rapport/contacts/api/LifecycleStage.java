package org.rapport.contacts.api;

/** Where a person or organization stands with the company. */
public enum LifecycleStage {
    LEAD,
    PROSPECT,
    CUSTOMER,
    FORMER
}
