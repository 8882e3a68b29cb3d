package org.rapport.contacts.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.rapport.contacts.api.ContactAccessException;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.CustomFieldDefinition;
import org.rapport.contacts.api.CustomFieldType;
import org.rapport.contacts.api.CustomFields;
import org.rapport.platform.api.persistence.ModulePersistence;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.CurrentCaller;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/**
 * Custom field definitions, read from the database on every use: a field defined, changed or retired on one node is
 * in force on the next request everywhere, with no restart and no cache to invalidate.
 */
@Component(service = {CustomFields.class, CustomFieldService.class})
public final class CustomFieldService implements CustomFields {

    static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9_]{0,63}");
    static final int MAX_CHOICES = 100;

    private final ModulePersistence persistence;

    @Activate
    public CustomFieldService(@Reference(target = "(rapport.module=contacts)") ModulePersistence persistence) {
        this.persistence = persistence;
    }

    /** The kind's fields by position, retired ones included: the stores read them inside their own transaction. */
    static List<CustomFieldDefinition> all(EntityManager em, RecordKind kind) {
        return rows(em, kind).stream().map(CustomFieldEntity::view).toList();
    }

    static List<CustomFieldDefinition> active(List<CustomFieldDefinition> all) {
        return all.stream().filter(field -> !field.retired()).toList();
    }

    /**
     * The kind's active fields whoever asks, for the sharing settings (an admin page or the shell, with or without a
     * caller): they name fields and labels only, never values.
     */
    List<CustomFieldDefinition> activeFields(RecordKind kind) {
        return persistence.inTransaction(tx -> active(all(tx.entityManager(), kind)));
    }

    @Override
    public List<CustomFieldDefinition> definitions(String entity, boolean withRetired) {
        RecordKind kind = readable(entity);
        return persistence.inTransaction(tx -> {
            List<CustomFieldDefinition> all = all(tx.entityManager(), kind);
            return withRetired ? all : active(all);
        });
    }

    @Override
    public Optional<CustomFieldDefinition> definition(String entity, String key) {
        RecordKind kind = readable(entity);
        return persistence.inTransaction(tx -> row(tx.entityManager(), kind, key).map(CustomFieldEntity::view));
    }

    @Override
    public CustomFieldDefinition define(CustomFieldDefinition definition) {
        admin("define");
        RecordKind kind = kindOf(definition == null ? null : definition.entity());
        List<FieldError> errors = problems(definition);
        if (definition.key() == null || !KEY.matcher(definition.key()).matches()) {
            errors.add(new FieldError("key", "a letter a-z, then letters, digits or _, at most 64 characters"));
        }
        if (definition.type() == null) {
            errors.add(new FieldError("type", "one of TEXT, NUMBER, DATE, CHOICE, MULTI_CHOICE, BOOLEAN, MONEY"));
        }
        throwIfAny(errors);
        return persistence.inTransaction(tx -> {
            EntityManager em = tx.entityManager();
            if (row(em, kind, definition.key()).isPresent()) {
                throw ApiProblem.invalid("There is already a custom field with this key.", List.of(new FieldError("key",
                        "'" + definition.key() + "' is taken (a retired field keeps its key: restore it instead)")));
            }
            CustomFieldEntity field = new CustomFieldEntity(kind, definition.key(), definition.type());
            int last = rows(em, kind).stream().mapToInt(CustomFieldEntity::getPosition).max().orElse(0);
            field.change(definition.position() == Integer.MAX_VALUE ? at(definition, last + 1) : definition);
            em.persist(field);
            return field.view();
        });
    }

    @Override
    public CustomFieldDefinition change(CustomFieldDefinition definition) {
        admin("change");
        RecordKind kind = kindOf(definition == null ? null : definition.entity());
        List<FieldError> errors = problems(definition);
        throwIfAny(errors);
        return persistence.inTransaction(tx -> {
            CustomFieldEntity field = existing(tx.entityManager(), kind, definition.key());
            if (definition.type() != null && !definition.type().name().equals(field.getFieldType())) {
                throw ApiProblem.invalid("A custom field's type cannot change.", List.of(new FieldError("type",
                        "stays " + field.getFieldType() + "; define a new field for another type")));
            }
            field.change(definition.position() == Integer.MAX_VALUE ? at(definition, field.getPosition())
                    : definition);
            return field.view();
        });
    }

    @Override
    public CustomFieldDefinition retire(String entity, String key) {
        return setRetired(entity, key, true);
    }

    @Override
    public CustomFieldDefinition restore(String entity, String key) {
        return setRetired(entity, key, false);
    }

    private CustomFieldDefinition setRetired(String entity, String key, boolean retired) {
        admin(retired ? "retire" : "restore");
        RecordKind kind = kindOf(entity);
        return persistence.inTransaction(tx -> {
            CustomFieldEntity field = existing(tx.entityManager(), kind, key);
            field.setRetired(retired);
            return field.view();
        });
    }

    /** What is wrong with the parts of a definition that may change (label, choices). */
    private static List<FieldError> problems(CustomFieldDefinition definition) {
        List<FieldError> errors = new ArrayList<>();
        String label = definition.label() == null ? "" : definition.label().strip();
        if (label.isEmpty() || label.length() > 200) {
            errors.add(new FieldError("label", "between 1 and 200 characters"));
        }
        boolean takesChoices = definition.type() == CustomFieldType.CHOICE
                || definition.type() == CustomFieldType.MULTI_CHOICE;
        if (takesChoices && definition.choices().isEmpty()) {
            errors.add(new FieldError("choices", "a choice field needs at least one choice"));
        } else if (!takesChoices && definition.type() != null && !definition.choices().isEmpty()) {
            errors.add(new FieldError("choices", "only choice and multi-choice fields have choices"));
        }
        if (definition.choices().size() > MAX_CHOICES) {
            errors.add(new FieldError("choices", "at most " + MAX_CHOICES + " choices"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < definition.choices().size(); i++) {
            String choice = definition.choices().get(i);
            if (choice == null || choice.isBlank() || !choice.equals(choice.strip())
                    || choice.length() > CustomFieldDefinition.MAX_TEXT || choice.contains(";")
                    || choice.contains("\n")) {
                errors.add(new FieldError("choices[" + i + "]", "1 to " + CustomFieldDefinition.MAX_TEXT
                        + " characters, no ';', no line breaks, no spaces around"));
            } else if (!seen.add(choice)) {
                errors.add(new FieldError("choices[" + i + "]", "'" + choice + "' is listed twice"));
            }
        }
        return errors;
    }

    private static CustomFieldDefinition at(CustomFieldDefinition d, int position) {
        return new CustomFieldDefinition(d.entity(), d.key(), d.label().strip(), d.type(), d.required(), d.choices(),
                d.showInList(), position, d.retired());
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid("The custom field cannot be saved as given.", errors);
        }
    }

    private static Caller admin(String action) {
        Caller caller = CurrentCaller.require();
        if (!caller.has(ContactPermissions.CUSTOM_FIELD_ADMIN)) {
            throw new ContactAccessException("You may not " + action + " custom fields: that needs the permission "
                    + ContactPermissions.CUSTOM_FIELD_ADMIN + ".");
        }
        return caller;
    }

    private static RecordKind readable(String entity) {
        RecordKind kind = kindOf(entity);
        Caller caller = CurrentCaller.require();
        String read = kind == RecordKind.PERSON ? ContactPermissions.PERSON_READ : ContactPermissions.ORGANIZATION_READ;
        if (!caller.has(read) && !caller.has(ContactPermissions.CUSTOM_FIELD_ADMIN)) {
            throw new ContactAccessException("You may not read the custom fields of a " + kind.noun()
                    + ": that needs the permission " + read + ".");
        }
        return kind;
    }

    static RecordKind kindOf(String entity) {
        if (CustomFieldDefinition.PERSON.equals(entity)) {
            return RecordKind.PERSON;
        }
        if (CustomFieldDefinition.ORGANIZATION.equals(entity)) {
            return RecordKind.ORGANIZATION;
        }
        throw ApiProblem.invalid("Custom fields belong to people or organizations.", List.of(new FieldError("entity",
                "person or organization, got '" + entity + "'")));
    }

    private static CustomFieldEntity existing(EntityManager em, RecordKind kind, String key) {
        return row(em, kind, key).orElseThrow(() -> ApiProblem.notFound("There is no custom field '" + key
                + "' for a " + kind.noun() + "."));
    }

    private static Optional<CustomFieldEntity> row(EntityManager em, RecordKind kind, String key) {
        return em.createQuery("select f from CustomField f where f.recordKind = :kind and f.fieldKey = :key",
                CustomFieldEntity.class).setParameter("kind", kind.code()).setParameter("key", key).getResultList()
                .stream().findFirst();
    }

    private static List<CustomFieldEntity> rows(EntityManager em, RecordKind kind) {
        return em.createQuery("select f from CustomField f where f.recordKind = :kind order by f.position, f.id",
                CustomFieldEntity.class).setParameter("kind", kind.code()).getResultList();
    }
}
