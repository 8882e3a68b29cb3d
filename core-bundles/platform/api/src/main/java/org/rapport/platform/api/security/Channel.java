package org.rapport.platform.api.security;

/** How a call reached Rapport; the audit trail records it. */
public enum Channel {
    UI, REST, SHELL, SYSTEM,
    /** A background import job, run for the user who started it. */
    IMPORT
}
