package org.rapport.contacts.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.platform.api.access.OrgWideDefault;
import org.rapport.platform.api.access.RecordType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * People and organizations as record types: admins set their sharing defaults and field rules, on the built-in fields
 * and on the active custom fields ({@code custom.<key>}, labelled as the admin named them). The custom fields are read
 * when asked, so one added or retired shows up in the sharing settings at once, on every node.
 */
final class ContactRecordTypes {

    private static final Logger LOG = LoggerFactory.getLogger(ContactRecordTypes.class);

    private ContactRecordTypes() {
    }

    static List<RecordType.Field> fields(String prefix, List<String> names) {
        return names.stream().map(name -> new RecordType.Field(name, prefix + ".field." + name)).toList();
    }

    /** The built-in fields, then the kind's active custom fields in their order. */
    static List<RecordType.Field> fields(String prefix, List<String> names, CustomFieldService customFields,
            RecordKind kind) {
        List<RecordType.Field> all = new ArrayList<>(fields(prefix, names));
        try {
            customFields.activeFields(kind).forEach(field -> all.add(RecordType.Field.literal(
                    CustomValues.PREFIX + field.key(), field.label())));
        } catch (RuntimeException unreadable) {
            // The sharing page still lists the built-in fields; rules already stored on custom fields stay in force.
            LOG.warn("The custom fields of {} could not be read for the sharing settings", kind.recordType(),
                    unreadable);
        }
        return List.copyOf(all);
    }

    /** People are private by default: a rep's contacts are theirs and their managers' until shared. */
    @Component
    public static class PersonType implements RecordType {

        private final CustomFieldService customFields;

        @Activate
        public PersonType(@Reference CustomFieldService customFields) {
            this.customFields = customFields;
        }

        @Override
        public String id() {
            return ContactPermissions.PERSON_TYPE;
        }

        @Override
        public String module() {
            return "contacts";
        }

        @Override
        public String titleKey() {
            return "contacts.type.person";
        }

        @Override
        public OrgWideDefault initialDefault() {
            return OrgWideDefault.PRIVATE;
        }

        @Override
        public List<Field> fields() {
            return ContactRecordTypes.fields("contacts.person", PersonStore.FIELDS, customFields, RecordKind.PERSON);
        }
    }

    /** Organizations are visible to all by default (as accounts usually are), changed by their owners. */
    @Component
    public static class OrganizationType implements RecordType {

        private final CustomFieldService customFields;

        @Activate
        public OrganizationType(@Reference CustomFieldService customFields) {
            this.customFields = customFields;
        }

        @Override
        public String id() {
            return ContactPermissions.ORGANIZATION_TYPE;
        }

        @Override
        public String module() {
            return "contacts";
        }

        @Override
        public String titleKey() {
            return "contacts.type.organization";
        }

        @Override
        public OrgWideDefault initialDefault() {
            return OrgWideDefault.PUBLIC_READ;
        }

        @Override
        public List<Field> fields() {
            return ContactRecordTypes.fields("contacts.organization", OrganizationStore.FIELDS, customFields,
                    RecordKind.ORGANIZATION);
        }
    }
}
