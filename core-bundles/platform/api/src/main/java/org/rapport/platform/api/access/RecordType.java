package org.rapport.platform.api.access;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A kind of record that has an owner and can be shared, registered as a service by the module that stores it. Admins
 * see it (with its fields) in the sharing settings while the module is installed; settings made for it stay stored
 * when the module goes.
 */
@ConsumerType
public interface RecordType {

    /** {@code <module>.<thing>}, e.g. {@code contacts.person}; also the prefix of its permissions. */
    String id();

    /** The module id, e.g. {@code contacts}. */
    String module();

    /** Message key of its name in the module's UI texts. */
    String titleKey();

    /** The org-wide default until an admin chooses one. */
    OrgWideDefault initialDefault();

    /** The fields an admin may hide or make read-only per role. */
    List<Field> fields();

    /**
     * A field rules can apply to. Fields built into the module have a message key; fields defined at runtime (an
     * admin's custom field, e.g. {@code custom.shoeSize}) have no key but the label the admin gave them.
     *
     * @param name     the field's name as REST and exports spell it, e.g. {@code birthDate}
     * @param titleKey message key of its label in the module's UI texts; {@code null} for a field with a literal label
     * @param label    the label as it was entered, shown in every language; {@code null} for a field with a title key
     * @since 1.1
     */
    record Field(String name, String titleKey, String label) {

        /** A built-in field, labelled by a message key. */
        public Field(String name, String titleKey) {
            this(name, titleKey, null);
        }

        /** A field labelled by text entered at runtime, the same in every language. */
        public static Field literal(String name, String label) {
            return new Field(name, null, label);
        }

        /**
         * What to show for the field: its key translated by {@code translate}, else its literal label, else its name.
         *
         * @since 1.1
         */
        public String title(java.util.function.UnaryOperator<String> translate) {
            if (titleKey != null) {
                return translate.apply(titleKey);
            }
            return label != null && !label.isBlank() ? label : name;
        }
    }
}
