package org.rapport.itests.sample.internal;

import java.util.List;

import jakarta.persistence.OptimisticLockException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.itests.sample.api.SampleNotes;
import org.rapport.platform.api.events.DomainEvent;
import org.rapport.platform.api.persistence.ModulePersistence;

@Component(service = SampleNotes.class)
public class SampleNotesService implements SampleNotes {

    private final ModulePersistence persistence;

    @Activate
    public SampleNotesService(@Reference(target = "(rapport.module=sample)") ModulePersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public long add(String text) {
        return persistence.inTransaction(tx -> {
            SampleNote note = new SampleNote(text);
            tx.entityManager().persist(note);
            tx.entityManager().flush();
            tx.publish(new DomainEvent(CREATED_TOPIC, "Note", String.valueOf(note.getId()),
                    "{\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}"));
            return note.getId();
        });
    }

    @Override
    public void addMany(String prefix, int count) {
        for (int i = 0; i < count; i++) {
            add(prefix + i);
        }
    }

    @Override
    public void rename(long id, long expectedVersion, String text) {
        persistence.inTransaction(tx -> {
            SampleNote note = tx.entityManager().find(SampleNote.class, id);
            if (note.getVersion() != expectedVersion) {
                throw new OptimisticLockException("Note " + id + " is at version " + note.getVersion());
            }
            note.setText(text);
            return null;
        });
    }

    @Override
    public long version(long id) {
        return persistence.inTransaction(tx -> tx.entityManager().find(SampleNote.class, id).getVersion());
    }

    @Override
    public List<String> texts() {
        return persistence.inTransaction(tx -> tx.entityManager()
                .createQuery("select n.text from SampleNote n order by n.id", String.class)
                .getResultList());
    }

    @Override
    public long count() {
        return persistence.inTransaction(tx -> tx.entityManager()
                .createQuery("select count(n) from SampleNote n", Long.class)
                .getSingleResult());
    }
}
