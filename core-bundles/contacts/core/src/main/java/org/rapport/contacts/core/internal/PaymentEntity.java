package org.rapport.contacts.core.internal;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.rapport.contacts.api.Payment;

@Entity(name = "Payment")
@Table(name = "contacts_payment")
public class PaymentEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @Column(name = "record_kind")
    private String recordKind;

    @Column(name = "record_id")
    private long recordId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "payment_kind")
    private String kind;

    private BigDecimal amount;
    private String currency;
    private String source;
    private String reference;

    protected PaymentEntity() {
    }

    PaymentEntity(RecordKind recordKind, long recordId, Payment payment) {
        this.recordKind = recordKind.code();
        this.recordId = recordId;
        this.occurredAt = payment.occurredAt();
        this.kind = payment.kind().name();
        this.amount = payment.amount();
        this.currency = payment.currency();
        this.source = payment.source();
        this.reference = payment.reference();
    }

    /** Moves the entry to another record of the same kind (a merge). */
    void reassign(long newRecordId) {
        this.recordId = newRecordId;
    }

    Payment view() {
        return new Payment(id, occurredAt, Payment.Kind.valueOf(kind), amount, currency, source, reference);
    }
}
