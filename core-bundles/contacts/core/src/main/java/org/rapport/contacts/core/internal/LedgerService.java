package org.rapport.contacts.core.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.api.ContactNotFoundException;
import org.rapport.contacts.api.CustomerLedger;
import org.rapport.contacts.api.Payment;
import org.rapport.contacts.api.Purchase;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/** Purchases and payments of people and organizations, with the record's access rules. */
@Component(service = {CustomerLedger.class, LedgerService.class})
public class LedgerService implements CustomerLedger {

    /** The longest page the ledger lists hand out. */
    static final int MAX_LISTED = 1000;

    private final PersonStore persons;
    private final OrganizationStore organizations;
    private final Clock clock;

    @Activate
    public LedgerService(@Reference PersonStore persons, @Reference OrganizationStore organizations) {
        this(persons, organizations, Clock.systemUTC());
    }

    LedgerService(PersonStore persons, OrganizationStore organizations, Clock clock) {
        this.persons = persons;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public Purchase recordPurchase(String entity, long id, Purchase purchase) {
        ContactStore<?, ?, ?> store = store(entity);
        Caller caller = store.permitted(store.writePermission(), "change");
        List<FieldError> errors = new ArrayList<>();
        if (purchase == null) {
            throw ApiProblem.invalid("Say what was bought.", List.of(new FieldError("product", "required")));
        }
        String product = text(purchase.product(), "product", 300, true, errors);
        BigDecimal quantity = purchase.quantity() == null ? BigDecimal.ONE : purchase.quantity();
        if (quantity.signum() <= 0) {
            errors.add(new FieldError("quantity", "must be more than 0"));
        }
        positive(purchase.amount(), errors);
        String currency = currency(purchase.currency(), errors);
        String source = source(purchase.source(), errors);
        String reference = text(purchase.reference(), "reference", 200, false, errors);
        throwIf(errors, "purchase");
        Purchase clean = new Purchase(0, purchase.occurredAt() == null ? clock.instant() : purchase.occurredAt(),
                product, quantity, purchase.amount(), currency, source, reference);
        return store.context.persistence().inTransaction(tx -> {
            EntityManager em = tx.entityManager();
            store.writable(em, caller, id);
            Optional<PurchaseEntity> known = reference == null ? Optional.empty() : em.createQuery(
                    "select p from Purchase p where p.source = :source and p.reference = :reference",
                    PurchaseEntity.class).setParameter("source", source).setParameter("reference", reference)
                    .getResultList().stream().findFirst();
            if (known.isPresent()) {
                return known.get().view();
            }
            PurchaseEntity entry = new PurchaseEntity(store.kind(), id, clean);
            em.persist(entry);
            em.flush();
            return entry.view();
        });
    }

    @Override
    public Payment recordPayment(String entity, long id, Payment payment) {
        ContactStore<?, ?, ?> store = store(entity);
        Caller caller = store.permitted(store.writePermission(), "change");
        List<FieldError> errors = new ArrayList<>();
        if (payment == null || payment.kind() == null) {
            throw ApiProblem.invalid("Say what kind of payment it is.", List.of(new FieldError("kind",
                    "PAYMENT, CREDIT or REFUND")));
        }
        positive(payment.amount(), errors);
        String currency = currency(payment.currency(), errors);
        String source = source(payment.source(), errors);
        String reference = text(payment.reference(), "reference", 200, false, errors);
        throwIf(errors, "payment");
        Payment clean = new Payment(0, payment.occurredAt() == null ? clock.instant() : payment.occurredAt(),
                payment.kind(), payment.amount(), currency, source, reference);
        return store.context.persistence().inTransaction(tx -> {
            EntityManager em = tx.entityManager();
            store.writable(em, caller, id);
            Optional<PaymentEntity> known = reference == null ? Optional.empty() : em.createQuery(
                    "select p from Payment p where p.source = :source and p.reference = :reference",
                    PaymentEntity.class).setParameter("source", source).setParameter("reference", reference)
                    .getResultList().stream().findFirst();
            if (known.isPresent()) {
                return known.get().view();
            }
            PaymentEntity entry = new PaymentEntity(store.kind(), id, clean);
            em.persist(entry);
            em.flush();
            return entry.view();
        });
    }

    @Override
    public List<Purchase> purchases(String entity, long id, int limit) {
        return entries(entity, id, "Purchase", PurchaseEntity.class, Math.max(1, Math.min(limit, MAX_LISTED)))
                .stream().map(PurchaseEntity::view).toList();
    }

    @Override
    public List<Payment> payments(String entity, long id, int limit) {
        return entries(entity, id, "Payment", PaymentEntity.class, Math.max(1, Math.min(limit, MAX_LISTED)))
                .stream().map(PaymentEntity::view).toList();
    }

    /** Every purchase, not a page of them: for the person's archive, which must hold everything. */
    List<Purchase> allPurchases(String entity, long id) {
        return entries(entity, id, "Purchase", PurchaseEntity.class, null).stream().map(PurchaseEntity::view)
                .toList();
    }

    /** Every payment, for the person's archive. */
    List<Payment> allPayments(String entity, long id) {
        return entries(entity, id, "Payment", PaymentEntity.class, null).stream().map(PaymentEntity::view).toList();
    }

    /** The record's entries of one ledger, newest first; {@code limit} {@code null} for all. */
    private <T> List<T> entries(String entity, long id, String entityName, Class<T> type, Integer limit) {
        ContactStore<?, ?, ?> store = store(entity);
        Caller caller = store.permitted(store.readPermission(), "read");
        return store.context.persistence().inTransaction(tx -> {
            seen(store, tx.entityManager(), caller, id);
            var query = tx.entityManager().createQuery("select p from " + entityName + " p where p.recordKind = :kind"
                    + " and p.recordId = :id order by p.occurredAt desc, p.id desc", type)
                    .setParameter("kind", store.kind().code()).setParameter("id", id);
            if (limit != null) {
                query.setMaxResults(limit);
            }
            return query.getResultList();
        });
    }

    private ContactStore<?, ?, ?> store(String entity) {
        if ("person".equals(entity)) {
            return persons;
        }
        if ("organization".equals(entity)) {
            return organizations;
        }
        throw ApiProblem.invalid("Purchases and payments belong to people or organizations.", List.of(
                new FieldError("entity", "'person' or 'organization', got '" + entity + "'")));
    }

    private static void seen(ContactStore<?, ?, ?> store, EntityManager em, Caller caller, long id) {
        if (store.visible(em, caller, id, false).isEmpty()) {
            throw new ContactNotFoundException(store.kind().noun(), id);
        }
    }

    private static String text(String value, String field, int max, boolean required, List<FieldError> errors) {
        String clean = value == null || value.isBlank() ? null : value.strip();
        if (clean == null && required) {
            errors.add(new FieldError(field, "required"));
        } else if (clean != null && clean.length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
        }
        return clean;
    }

    private static void positive(BigDecimal amount, List<FieldError> errors) {
        if (amount == null || amount.signum() <= 0) {
            errors.add(new FieldError("amount", "a positive amount, e.g. 1250000 or 99.90"));
        } else if (amount.scale() > 4 || amount.precision() - amount.scale() > 15) {
            errors.add(new FieldError("amount", "at most 15 digits before and 4 after the point"));
        }
    }

    private static String currency(String code, List<FieldError> errors) {
        try {
            return Currency.getInstance(code == null ? "" : code.strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException unknown) {
            errors.add(new FieldError("currency", "an ISO 4217 code such as IRR, SAR, MNT or EUR; got '" + code + "'"));
            return null;
        }
    }

    private static String source(String source, List<FieldError> errors) {
        String clean = text(source, "source", 100, false, errors);
        return clean == null ? "manual" : clean;
    }

    private static void throwIf(List<FieldError> errors, String noun) {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid("The " + noun + " cannot be recorded as given.", errors);
        }
    }
}
