package org.rapport.contacts.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.api.ContactAccessException;
import org.rapport.contacts.api.ContactConflictException;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.ContactTopics;
import org.rapport.contacts.api.DuplicateCandidate;
import org.rapport.contacts.api.Email;
import org.rapport.contacts.api.Person;
import org.rapport.contacts.api.PersonDraft;
import org.rapport.contacts.api.PersonDuplicates;
import org.rapport.contacts.api.PersonLists;
import org.rapport.contacts.api.Phone;
import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.events.DomainEvent;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/**
 * Duplicate people: the same email (any case), the same phone (E.164, however written), or folded full names that
 * are nearly equal (Jaro-Winkler over the folded names, so {@code علی کریمی} and {@code علي كريمي} are equal and a
 * typo is close). Merging unites the two into the survivor.
 * <p>
 * A person erased on request is never part of either: they are not proposed as anyone's duplicate (erased people all
 * share the placeholder name, so they would look like duplicates of each other), have none of their own, and a merge
 * with an erased person on either side is refused. Merging would carry the erased record's history and mark into a
 * live one, or another person's data into a record the person asked to be erased.
 */
@Component
public class DuplicateService implements PersonDuplicates {

    static final double NAME_SIMILARITY = 0.9;
    private static final int CANDIDATES = 20;
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private final PersonStore persons;

    @Activate
    public DuplicateService(@Reference PersonStore persons) {
        this.persons = persons;
    }

    @Override
    public List<DuplicateCandidate> candidatesFor(PersonDraft draft) {
        Caller caller = persons.permitted(ContactPermissions.PERSON_READ, "read");
        return persons.context.persistence().inTransaction(tx -> candidates(tx.entityManager(), caller, draft, null));
    }

    @Override
    public List<DuplicateCandidate> candidatesOf(long personId) {
        Caller caller = persons.permitted(ContactPermissions.PERSON_READ, "read");
        return persons.context.persistence().inTransaction(tx -> {
            PersonEntity person = persons.visible(tx.entityManager(), caller, personId, false)
                    .orElseThrow(() -> new org.rapport.contacts.api.ContactNotFoundException("person", personId));
            if (person.getErasedAt() != null) {
                return List.<DuplicateCandidate>of();
            }
            return candidates(tx.entityManager(), caller, persons.draftOf(person, tx.entityManager(), caller),
                    personId);
        });
    }

    private List<DuplicateCandidate> candidates(EntityManager em, Caller caller, PersonDraft draft, Long self) {
        if (draft == null) {
            return List.of();
        }
        Map<Long, Match> matches = new LinkedHashMap<>();
        Map<String, FieldRule> rules = persons.rules(caller);
        if (!ContactStore.hidden(rules, "emails")) {
            for (Email email : draft.emails()) {
                if (email != null && email.address() != null && !email.address().isBlank()) {
                    byTerm(em, caller, Terms.Kind.EMAIL, persons.context.folding().fold(email.address()))
                            .forEach(p -> matches.computeIfAbsent(p.getId(), id -> new Match(p)).add("email", 60));
                }
            }
        }
        if (!ContactStore.hidden(rules, "phones")) {
            for (Phone phone : draft.phones()) {
                persons.context.phones().e164(phone == null ? null : phone.number()).map(PhoneNumbers::digitsOnly)
                        .ifPresent(digits -> byTerm(em, caller, Terms.Kind.PHONE, digits).forEach(
                                p -> matches.computeIfAbsent(p.getId(), id -> new Match(p)).add("phone", 50)));
            }
        }
        String name = foldedName(draft.firstName(), draft.lastName());
        if (!name.isEmpty() && !ContactStore.hidden(rules, "firstName") && !ContactStore.hidden(rules, "lastName")) {
            String anchor = persons.context.folding().fold(draft.lastName() != null && !draft.lastName().isBlank()
                    ? draft.lastName() : draft.firstName()).split(" ")[0];
            for (PersonEntity p : byTerm(em, caller, Terms.Kind.NAME, anchor)) {
                double similarity = SIMILARITY.apply(name, foldedName(p.getFirstName(), p.getLastName()));
                if (similarity >= NAME_SIMILARITY) {
                    matches.computeIfAbsent(p.getId(), id -> new Match(p)).add("name", (int) Math.round(
                            similarity * 40));
                }
            }
        }
        if (self != null) {
            matches.remove(self);
        }
        return matches.values().stream().map(Match::candidate)
                .sorted(Comparator.comparingInt(DuplicateCandidate::score).reversed()
                        .thenComparingLong(DuplicateCandidate::id))
                .limit(CANDIDATES).toList();
    }

    @Override
    public Person merge(long survivorId, long survivorVersion, long mergedId, long mergedVersion,
            Map<String, Side> choices) {
        Caller caller = persons.permitted(ContactPermissions.PERSON_WRITE, "merge");
        if (!caller.has(ContactPermissions.PERSON_DELETE)) {
            throw new ContactAccessException("Merging removes one of the two people: that needs the permission "
                    + ContactPermissions.PERSON_DELETE + ".");
        }
        if (survivorId == mergedId) {
            throw ApiProblem.invalid("A person cannot be merged with themself.", List.of(new FieldError("mergedId",
                    "must differ from the survivor")));
        }
        Map<String, Side> sides = choices == null ? Map.of() : choices;
        List<String> unknown = sides.keySet().stream().filter(f -> !SINGLE_FIELDS.contains(f)
                && !f.startsWith(CustomValues.PREFIX)).toList();
        if (!unknown.isEmpty()) {
            throw ApiProblem.invalid("Only single-valued fields are chosen; lists are united.", unknown.stream()
                    .map(f -> new FieldError("choices." + f, "not one of " + String.join(", ", SINGLE_FIELDS)))
                    .toList());
        }
        Map<String, FieldRule> rules = persons.rules(caller);
        Person merged = persons.context.persistence().inTransaction(tx -> {
            EntityManager em = tx.entityManager();
            PersonEntity survivor = persons.writable(em, caller, survivorId);
            PersonEntity other = persons.writable(em, caller, mergedId);
            refuseErased(survivor, other);
            if (survivor.getVersion() != survivorVersion) {
                throw new ContactConflictException("person", survivorId, survivor.getVersion());
            }
            if (other.getVersion() != mergedVersion) {
                throw new ContactConflictException("person", mergedId, other.getVersion());
            }
            PersonDraft kept = persons.draftOf(survivor, em, caller);
            PersonDraft gone = persons.draftOf(other, em, caller);
            PersonDraft united = unite(kept, gone, sides);
            moveConsentsAndShares(em, survivorId, mergedId);
            persons.removeIn(tx, other);
            persons.updateIn(tx, caller, rules, survivor, united);
            tx.publish(new DomainEvent(ContactTopics.PERSON_MERGED, "Person", String.valueOf(survivorId),
                    "{\"survivorId\":" + survivorId + ",\"mergedId\":" + mergedId + "}"));
            return persons.toRecord(survivor, em, rules, caller);
        });
        if (persons.context.audit() != null) {
            persons.context.audit().record("contacts", "Person", String.valueOf(survivorId), "MERGED",
                    "person " + mergedId + " merged into it");
        }
        return merged;
    }

    /**
     * 409 before anything is written when either side was erased: the caller learns which one, and that erasing the
     * other record (not merging) is the way when both were the same person.
     */
    private static void refuseErased(PersonEntity survivor, PersonEntity merged) {
        boolean survivorErased = survivor.getErasedAt() != null;
        boolean mergedErased = merged.getErasedAt() != null;
        if (!survivorErased && !mergedErased) {
            return;
        }
        String detail = survivorErased && mergedErased
                ? "Persons " + survivor.getId() + " and " + merged.getId() + " were both erased on request: erased"
                        + " records are not merged."
                : survivorErased
                        ? erasedSide(survivor.getId(), "the one to keep", merged.getId())
                        : erasedSide(merged.getId(), "the one to merge", survivor.getId());
        List<String> sides = new ArrayList<>();
        if (survivorErased) {
            sides.add("survivor");
        }
        if (mergedErased) {
            sides.add("merged");
        }
        throw new ApiProblem(409, ERASED_NOT_MERGED, detail, null, Map.of("erased", List.copyOf(sides)));
    }

    static final String ERASED_NOT_MERGED = "An erased person is not merged";

    private static String erasedSide(long erased, String role, long other) {
        return "Person " + erased + ", " + role + ", was erased on request: an erased record is not merged. If person "
                + other + " is the same person, erase that one too.";
    }

    static final List<String> SINGLE_FIELDS = List.of("firstName", "lastName", "website", "leadSource", "stage",
            "owner", "notes", "externalId");

    private static PersonDraft unite(PersonDraft kept, PersonDraft gone, Map<String, Side> sides) {
        Map<String, Side> side = new HashMap<>(sides);
        PersonLists lists = PersonLists.of(kept).unitedWith(PersonLists.of(gone));
        return new PersonDraft(pick(side, "firstName", kept.firstName(), gone.firstName()),
                pick(side, "lastName", kept.lastName(), gone.lastName()), lists.emails(), lists.phones(),
                lists.addresses(), lists.socialHandles(), pick(side, "website", kept.website(), gone.website()),
                lists.affiliations(), lists.tags(),
                pick(side, "leadSource", kept.leadSource(), gone.leadSource()),
                pick(side, "stage", kept.stage(), gone.stage()), pick(side, "owner", kept.owner(), gone.owner()),
                pick(side, "notes", kept.notes(), gone.notes()),
                pick(side, "externalId", kept.externalId(), gone.externalId()), uniteCustom(kept, gone, side));
    }

    /** Each custom field: the survivor's value, or the merged person's where the survivor has none or it is chosen. */
    private static Map<String, Object> uniteCustom(PersonDraft kept, PersonDraft gone, Map<String, Side> side) {
        Map<String, Object> united = new HashMap<>(gone.custom() == null ? Map.of() : gone.custom());
        (kept.custom() == null ? Map.<String, Object>of() : kept.custom()).forEach((key, value) -> {
            if (side.getOrDefault(CustomValues.PREFIX + key, Side.SURVIVOR) == Side.SURVIVOR
                    || !united.containsKey(key)) {
                united.put(key, value);
            }
        });
        side.forEach((field, chosen) -> {
            if (field.startsWith(CustomValues.PREFIX) && chosen == Side.MERGED && (gone.custom() == null
                    || !gone.custom().containsKey(field.substring(CustomValues.PREFIX.length())))) {
                united.remove(field.substring(CustomValues.PREFIX.length()));
            }
        });
        return united;
    }

    private static <T> T pick(Map<String, Side> sides, String field, T kept, T gone) {
        return sides.getOrDefault(field, Side.SURVIVOR) == Side.MERGED ? gone : kept;
    }

    private static void moveConsentsAndShares(EntityManager em, long survivorId, long mergedId) {
        em.createQuery("update Consent c set c.personId = :survivor where c.personId = :merged")
                .setParameter("survivor", survivorId).setParameter("merged", mergedId).executeUpdate();
        // entity by entity, so the audit trail records where each purchase and payment went
        em.createQuery("select p from Purchase p where p.recordKind = 'P' and p.recordId = :merged",
                PurchaseEntity.class).setParameter("merged", mergedId).getResultList()
                .forEach(p -> p.reassign(survivorId));
        em.createQuery("select p from Payment p where p.recordKind = 'P' and p.recordId = :merged",
                PaymentEntity.class).setParameter("merged", mergedId).getResultList()
                .forEach(p -> p.reassign(survivorId));
        em.createQuery("select a from Attachment a where a.recordKind = 'P' and a.recordId = :merged",
                AttachmentEntity.class).setParameter("merged", mergedId).getResultList()
                .forEach(a -> a.reassign(survivorId));
        List<ShareEntity> kept = shares(em, survivorId);
        for (ShareEntity share : shares(em, mergedId)) {
            boolean known = kept.stream().anyMatch(k -> Objects.equals(k.getUserId(), share.getUserId())
                    && Objects.equals(k.getTeamId(), share.getTeamId()));
            if (!known) {
                em.persist(new ShareEntity(RecordKind.PERSON, survivorId, share.getUserId(), share.getTeamId(),
                        share.getLevel()));
            }
        }
    }

    private static List<ShareEntity> shares(EntityManager em, long personId) {
        return em.createQuery("select s from ContactShare s where s.recordKind = :kind and s.recordId = :id",
                ShareEntity.class).setParameter("kind", RecordKind.PERSON.code()).setParameter("id", personId)
                .getResultList();
    }

    private List<PersonEntity> byTerm(EntityManager em, Caller caller, Terms.Kind kind, String term) {
        Map<String, Object> params = new HashMap<>();
        params.put("dupKind", RecordKind.PERSON.code());
        params.put("dupTermKind", kind.code);
        params.put("dupTerm", term.length() > Terms.MAX_LENGTH ? term.substring(0, Terms.MAX_LENGTH) : term);
        // erased people are never candidates: they share the placeholder name, and are never merged
        return persons.findVisible(em, caller, "e.erasedAt is null and e.id in (select t.recordId from ContactTerm t"
                + " where t.recordKind = :dupKind and t.termKind = :dupTermKind and t.term = :dupTerm)", params, 200);
    }

    private String foldedName(String first, String last) {
        return persons.context.folding().fold(((first == null ? "" : first) + " " + (last == null ? "" : last)));
    }

    /** What matched one person, adding up. */
    private static final class Match {

        private final PersonEntity person;
        private final Set<String> reasons = new TreeSet<>();
        private int score;

        Match(PersonEntity person) {
            this.person = person;
        }

        void add(String reason, int points) {
            if (reasons.add(reason)) {
                score += points;
            }
        }

        DuplicateCandidate candidate() {
            return new DuplicateCandidate(person.getId(), person.getDisplayName(), Set.copyOf(reasons),
                    Math.min(100, score));
        }
    }
}
