package org.rapport.contacts.core.internal;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.rapport.contacts.api.Purchase;

@Entity(name = "Purchase")
@Table(name = "contacts_purchase")
public class PurchaseEntity {

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

    private String product;
    private BigDecimal quantity;
    private BigDecimal amount;
    private String currency;
    private String source;
    private String reference;

    protected PurchaseEntity() {
    }

    PurchaseEntity(RecordKind kind, long recordId, Purchase purchase) {
        this.recordKind = kind.code();
        this.recordId = recordId;
        this.occurredAt = purchase.occurredAt();
        this.product = purchase.product();
        this.quantity = purchase.quantity();
        this.amount = purchase.amount();
        this.currency = purchase.currency();
        this.source = purchase.source();
        this.reference = purchase.reference();
    }

    /** Moves the entry to another record of the same kind (a merge). */
    void reassign(long newRecordId) {
        this.recordId = newRecordId;
    }

    Purchase view() {
        return new Purchase(id, occurredAt, product, quantity, amount, currency, source, reference);
    }
}
