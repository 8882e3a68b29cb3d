package org.rapport.platform.api.modules;

/** Manifest headers by which a bundle tells the platform what it is. */
public final class RapportModuleHeader {

    /**
     * The id of the module a bundle belongs to, e.g. {@code Rapport-Module: contacts}. A bundle with
     * this header and a {@link #CHANGELOG} gets its schema migrated and its own EntityManagerFactory.
     */
    public static final String MODULE = "Rapport-Module";

    /**
     * The bundle's Liquibase changelog, unique across modules, e.g. {@code db/contacts/changelog.xml}.
     */
    public static final String CHANGELOG = "Rapport-Changelog";

    /** Comma-separated JPA entity classes of the bundle (statically woven at build time). */
    public static final String ENTITIES = "Rapport-Entities";

    private RapportModuleHeader() {
    }
}
