package org.rapport.contacts.api;

import java.io.IOException;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Made-up but realistic people and organizations in Persian, Arabic, Mongolian and Latin script, so a first-time
 * user sees a living CRM: loaded as an ordinary import job (same checks, same audit trail), owned by the caller.
 */
@ProviderType
public interface ContactDemoData {

    int MAX_PEOPLE = 100_000;

    /** Starts an import of {@code people} generated people (1 to {@value #MAX_PEOPLE}) and their organizations. */
    ImportJob load(int people) throws IOException;
}
