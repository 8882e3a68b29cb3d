package org.rapport.ui.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Provided by the shell: the tabs currently contributed for a record type, in order. */
@ProviderType
public interface DetailTabs {

    List<DetailTab> forRecordType(String recordType);
}
