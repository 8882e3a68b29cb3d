/**
 * The contacts module: people (contacts) and organizations (accounts). Other modules, the UI and plugins read and
 * change them through {@link Persons} and {@link Organizations}; every call runs as the current caller
 * ({@code CurrentCaller}) and sees only the records and fields that caller may reach. Changes are announced on the
 * topics in {@link ContactTopics}.
 */
@Export
@Version("1.7.0")
package org.rapport.contacts.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
