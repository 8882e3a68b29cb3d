package org.rapport.contacts.core.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.api.ContactAccessException;
import org.rapport.contacts.api.ContactNotFoundException;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.ContactQuery;
import org.rapport.contacts.api.CustomFilter;
import org.rapport.contacts.api.LifecycleStage;
import org.rapport.contacts.api.Page;
import org.rapport.contacts.api.Person;
import org.rapport.contacts.api.Segment;
import org.rapport.contacts.api.Segments;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/** Saved filters of people, each usable by its owner (and by everyone when shared). */
@Component
public class SegmentService implements Segments {

    static final int MAX_CONDITIONS = 20;

    private final PersonStore persons;
    private final Clock clock;

    @Activate
    public SegmentService(@Reference PersonStore persons) {
        this(persons, Clock.systemUTC());
    }

    SegmentService(PersonStore persons, Clock clock) {
        this.persons = persons;
        this.clock = clock;
    }

    @Override
    public Segment create(String name, String text, LifecycleStage stage, String tag, boolean shared) {
        return create(name, text, stage, tag, List.of(), shared);
    }

    @Override
    public Segment create(String name, String text, LifecycleStage stage, String tag, List<CustomFilter> custom,
            boolean shared) {
        Caller caller = persons.permitted(ContactPermissions.PERSON_READ, "read");
        DraftCheck check = new DraftCheck(persons.context.phones());
        String validName = check.text("name", name, 200);
        if (validName == null) {
            check.error("name", "a segment needs a name");
        }
        String validText = check.text("text", text, 500);
        String validTag = check.text("tag", tag, 50);
        List<CustomFilter> conditions = custom == null ? List.of() : custom;
        if (validText == null && stage == null && validTag == null && conditions.isEmpty()) {
            check.error("text", "a segment filters by at least one of text, stage, tag and a custom field");
        }
        if (conditions.stream().anyMatch(c -> c == null || c.key() == null || c.key().isBlank() || c.match() == null)) {
            check.error("custom", "each condition names a custom field's key and a match (EQUALS, ANY_OF, MIN or MAX)");
        }
        if (conditions.size() > MAX_CONDITIONS) {
            check.error("custom", "a segment holds at most " + MAX_CONDITIONS + " conditions on custom fields");
        }
        check.throwIfInvalid("segment");
        // the list checks every condition as it would for a filtered list: a refused one is a field error now,
        // not a segment that fails when a campaign asks for its members
        persons.list(new ContactQuery(validText, stage, validTag, ContactQuery.Sort.NAME, 1, null, conditions));
        return persons.context.persistence().inTransaction(tx -> {
            boolean taken = !tx.entityManager().createQuery("select s.id from Segment s where s.ownerUserId = :owner"
                    + " and s.name = :name", Long.class).setParameter("owner", caller.userId())
                    .setParameter("name", validName).getResultList().isEmpty();
            if (taken) {
                throw ApiProblem.invalid("You have a segment of that name.", List.of(new FieldError("name",
                        "'" + validName + "' exists")));
            }
            SegmentEntity segment = new SegmentEntity(validName, validText, stage, validTag, conditions,
                    caller.userId(), shared, clock.instant());
            tx.entityManager().persist(segment);
            tx.entityManager().flush();
            return segment.view();
        });
    }

    @Override
    public List<Segment> list() {
        Caller caller = persons.permitted(ContactPermissions.PERSON_READ, "read");
        return persons.context.persistence().inTransaction(tx -> tx.entityManager().createQuery(
                "select s from Segment s where s.ownerUserId = :me or s.shared = true order by s.name, s.id",
                SegmentEntity.class).setParameter("me", caller.userId()).getResultList().stream()
                .map(SegmentEntity::view).toList());
    }

    @Override
    public Optional<Segment> find(long id) {
        Caller caller = persons.permitted(ContactPermissions.PERSON_READ, "read");
        return persons.context.persistence().inTransaction(tx -> Optional.ofNullable(
                tx.entityManager().find(SegmentEntity.class, id)).filter(s -> usable(caller, s))
                .map(SegmentEntity::view));
    }

    @Override
    public void delete(long id) {
        Caller caller = persons.permitted(ContactPermissions.PERSON_READ, "read");
        persons.context.persistence().inTransaction(tx -> {
            SegmentEntity segment = Optional.ofNullable(tx.entityManager().find(SegmentEntity.class, id))
                    .filter(s -> usable(caller, s)).orElseThrow(() -> new ContactNotFoundException("segment", id));
            if (segment.getOwnerUserId() != caller.userId() && !caller.has(ContactPermissions.SEGMENT_MANAGE)) {
                throw new ContactAccessException("Only its owner, or someone with the permission "
                        + ContactPermissions.SEGMENT_MANAGE + ", may delete a shared segment.");
            }
            tx.entityManager().remove(segment);
            return null;
        });
    }

    @Override
    public Page<Person> members(long id, int size, String cursor) {
        Segment segment = find(id).orElseThrow(() -> new ContactNotFoundException("segment", id));
        return persons.list(segment.query(Math.max(1, Math.min(size, ContactQuery.MAX_SIZE)), cursor));
    }

    private static boolean usable(Caller caller, SegmentEntity segment) {
        return segment.isShared() || segment.getOwnerUserId() == caller.userId();
    }
}
