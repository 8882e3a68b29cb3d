package org.rapport.contacts.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.contacts.api.Payment;
import org.rapport.contacts.api.Purchase;

class LedgerTotalsTest {

    @Test
    void sumsEachKindPerCurrencyAndNeverAcrossCurrencies() {
        List<Purchase> bought = List.of(purchase("45000000", "IRR"), purchase("5000000", "IRR"), purchase("12.50", "EUR"));
        List<Payment> paid = List.of(payment(Payment.Kind.PAYMENT, "30000000", "IRR"),
                payment(Payment.Kind.CREDIT, "1000000", "IRR"), payment(Payment.Kind.REFUND, "2.50", "EUR"),
                payment(Payment.Kind.PAYMENT, "100000", "MNT"));

        List<LedgerTotals.Total> totals = LedgerTotals.of(bought, paid);

        assertEquals(List.of("EUR", "IRR", "MNT"), totals.stream().map(LedgerTotals.Total::currency).toList());
        assertEquals(List.of(new BigDecimal("12.50"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("2.50")),
                amounts(totals.get(0)));
        assertEquals(List.of(new BigDecimal("50000000"), new BigDecimal("30000000"), new BigDecimal("1000000"),
                BigDecimal.ZERO), amounts(totals.get(1)));
        assertEquals(List.of(BigDecimal.ZERO, new BigDecimal("100000"), BigDecimal.ZERO, BigDecimal.ZERO),
                amounts(totals.get(2)));
    }

    @Test
    void anEmptyLedgerHasNoTotals() {
        assertEquals(List.of(), LedgerTotals.of(List.of(), List.of()));
    }

    private static List<BigDecimal> amounts(LedgerTotals.Total total) {
        return List.of(total.bought(), total.paid(), total.credited(), total.refunded());
    }

    private static Purchase purchase(String amount, String currency) {
        return new Purchase(1, Instant.EPOCH, "Saffron", BigDecimal.ONE, new BigDecimal(amount), currency, "manual",
                null);
    }

    private static Payment payment(Payment.Kind kind, String amount, String currency) {
        return new Payment(1, Instant.EPOCH, kind, new BigDecimal(amount), currency, "manual", null);
    }
}
