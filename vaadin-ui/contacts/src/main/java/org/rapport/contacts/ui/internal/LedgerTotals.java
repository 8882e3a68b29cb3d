package org.rapport.contacts.ui.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.rapport.contacts.api.Payment;
import org.rapport.contacts.api.Purchase;

/**
 * The ledger summed per currency: what was bought, paid, credited and refunded. Amounts in different currencies are
 * never added up, and no balance is made of them: whether a refund or a credit settles a purchase is the accounting
 * system's business, not something to guess here.
 */
final class LedgerTotals {

    record Total(String currency, BigDecimal bought, BigDecimal paid, BigDecimal credited, BigDecimal refunded) {

        private Total plus(BigDecimal bought, BigDecimal paid, BigDecimal credited, BigDecimal refunded) {
            return new Total(currency, this.bought.add(bought), this.paid.add(paid), this.credited.add(credited),
                    this.refunded.add(refunded));
        }
    }

    private LedgerTotals() {
    }

    /** One total per currency that occurs, in the order of the currency codes. */
    static List<Total> of(List<Purchase> purchases, List<Payment> payments) {
        Map<String, Total> byCurrency = new TreeMap<>();
        BigDecimal none = BigDecimal.ZERO;
        for (Purchase purchase : purchases) {
            add(byCurrency, purchase.currency(), purchase.amount(), none, none, none);
        }
        for (Payment payment : payments) {
            BigDecimal amount = payment.amount();
            switch (payment.kind()) {
                case PAYMENT -> add(byCurrency, payment.currency(), none, amount, none, none);
                case CREDIT -> add(byCurrency, payment.currency(), none, none, amount, none);
                case REFUND -> add(byCurrency, payment.currency(), none, none, none, amount);
            }
        }
        return List.copyOf(byCurrency.values());
    }

    private static void add(Map<String, Total> byCurrency, String currency, BigDecimal bought, BigDecimal paid,
            BigDecimal credited, BigDecimal refunded) {
        if (currency == null) {
            return;
        }
        Total entry = new Total(currency, orZero(bought), orZero(paid), orZero(credited), orZero(refunded));
        byCurrency.merge(currency, entry, (sum, more) -> sum.plus(more.bought(), more.paid(), more.credited(),
                more.refunded()));
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
