package org.rapport.contacts.api;

import org.osgi.annotation.versioning.ProviderType;

/** Organizations (accounts). */
@ProviderType
public interface Organizations extends ContactRecords<Organization, OrganizationDraft> {
}
