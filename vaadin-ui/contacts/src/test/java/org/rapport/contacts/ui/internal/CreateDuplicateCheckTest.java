package org.rapport.contacts.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapport.contacts.api.ContactAccessException;
import org.rapport.contacts.api.DuplicateCandidate;
import org.rapport.contacts.api.Email;
import org.rapport.contacts.api.Organizations;
import org.rapport.contacts.api.Person;
import org.rapport.contacts.api.PersonDraft;
import org.rapport.contacts.api.PersonDuplicates;
import org.rapport.contacts.api.Persons;
import org.rapport.contacts.api.Phone;

class CreateDuplicateCheckTest {

    private static final DuplicateCandidate SHIRIN = new DuplicateCandidate(7, "Shirin Tehrani", Set.of("email"), 60);
    private static final DuplicateCandidate SHIRIN_T = new DuplicateCandidate(9, "Shirin T.", Set.of("name"), 37);

    private final CreateDuplicateCheck check = new CreateDuplicateCheck();

    @Test
    void nothingFoundCreatesWithoutAsking() {
        assertEquals(List.of(), check.toAsk(List.of()));
    }

    @Test
    void everyoneFoundIsShownUntilTheUserCreatesAnyway() {
        assertEquals(List.of(SHIRIN, SHIRIN_T), check.toAsk(List.of(SHIRIN, SHIRIN_T)));
        // Cancel acknowledges nothing: saving again asks again
        assertEquals(List.of(SHIRIN, SHIRIN_T), check.toAsk(List.of(SHIRIN, SHIRIN_T)));
        check.acknowledge(List.of(SHIRIN, SHIRIN_T));
        // "Create anyway", a field refused, fixed, saved again: the same people are not asked about twice
        assertEquals(List.of(), check.toAsk(List.of(SHIRIN, SHIRIN_T)));
        assertEquals(List.of(), check.toAsk(List.of(SHIRIN_T)));
    }

    @Test
    void someoneNotShownBeforeAsksAgainWithEveryoneFound() {
        check.acknowledge(List.of(SHIRIN));
        DuplicateCandidate other = new DuplicateCandidate(12, "Shirin Tehrani", Set.of("phone"), 50);
        assertEquals(List.of(SHIRIN, other), check.toAsk(List.of(SHIRIN, other)));
    }

    @Test
    void aPersonsFormAsksTheContactsModuleWithWhatWasTyped() {
        List<PersonDraft> asked = new ArrayList<>();
        ContactService people = ContactService.of((Persons) null, null, duplicates(draft -> {
            asked.add(draft);
            return List.of(SHIRIN);
        }));
        Contact typed = new Contact(0, 0, "", "Shirin", "Tehrani", null, null,
                List.of(new Email("SHIRIN@example.ir", "work")), List.of(new Phone("0912 345 6789", null)), List.of(),
                List.of(), null, List.of(), Set.of(), null, null, null, null, null, null, null, Set.of(), Set.of(),
                Map.of(), null);

        assertEquals(List.of(SHIRIN), people.duplicatesOf(typed));
        PersonDraft draft = asked.get(0);
        assertEquals("Shirin", draft.firstName());
        assertEquals("Tehrani", draft.lastName());
        assertEquals(List.of(new Email("SHIRIN@example.ir", "work")), draft.emails());
        assertEquals(List.of(new Phone("0912 345 6789", null)), draft.phones());
        assertNull(draft.owner());
    }

    @Test
    void aCheckThatCannotBeMadeDoesNotStopTheCreation() {
        ContactService people = ContactService.of((Persons) null, null, duplicates(draft -> {
            throw new ContactAccessException("Reading people needs contacts.person.read.");
        }));
        assertEquals(List.of(), people.duplicatesOf(Contact.blank(Map.of())));
        // anything but the module's own refusals is a fault, not an answer
        ContactService broken = ContactService.of((Persons) null, null, duplicates(draft -> {
            throw new IllegalStateException("database down");
        }));
        assertThrows(IllegalStateException.class, () -> broken.duplicatesOf(Contact.blank(Map.of())));
    }

    @Test
    void organizationsAndPagesWithoutTheServiceAskNoOne() {
        assertEquals(List.of(), ContactService.of((Organizations) null, null).duplicatesOf(Contact.blank(Map.of())));
        assertEquals(List.of(), ContactService.of((Persons) null, null).duplicatesOf(Contact.blank(Map.of())));
    }

    private static PersonDuplicates duplicates(java.util.function.Function<PersonDraft, List<DuplicateCandidate>> answer) {
        return new PersonDuplicates() {
            @Override
            public List<DuplicateCandidate> candidatesFor(PersonDraft draft) {
                return answer.apply(draft);
            }

            @Override
            public List<DuplicateCandidate> candidatesOf(long personId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Person merge(long survivorId, long survivorVersion, long mergedId, long mergedVersion,
                    Map<String, Side> choices) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
