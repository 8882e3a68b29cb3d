package org.rapport.contacts.core.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.platform.api.access.OrgWideDefault;
import org.rapport.platform.api.access.RecordType;

/** People and organizations as record types: admins set their sharing defaults and field rules. */
final class ContactRecordTypes {

    private ContactRecordTypes() {
    }

    static List<RecordType.Field> fields(String prefix, List<String> names) {
        return names.stream().map(name -> new RecordType.Field(name, prefix + ".field." + name)).toList();
    }

    /** People are private by default: a rep's contacts are theirs and their managers' until shared. */
    @Component
    public static class PersonType implements RecordType {

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
            return ContactRecordTypes.fields("contacts.person", PersonStore.FIELDS);
        }
    }

    /** Organizations are visible to all by default (as accounts usually are), changed by their owners. */
    @Component
    public static class OrganizationType implements RecordType {

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
            return ContactRecordTypes.fields("contacts.organization", OrganizationStore.FIELDS);
        }
    }
}
