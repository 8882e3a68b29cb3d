package org.rapport.contacts.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.contacts.api.CustomFilter;
import org.rapport.contacts.api.CustomFilter.Match;
import org.rapport.contacts.api.Money;

class SegmentConditionsTest {

    @Test
    void valuesAreStoredAsTheTextTheListParses() {
        String json = SegmentConditions.json(List.of(
                new CustomFilter("budget", Match.MIN, new Money(new BigDecimal("1E+3"), "EUR")),
                new CustomFilter("size", Match.MAX, new BigDecimal("4.50")),
                new CustomFilter("renewal", Match.MAX, LocalDate.of(2027, 6, 30)),
                new CustomFilter("tier", Match.ANY_OF, List.of("gold", "silver")),
                new CustomFilter("vip", Match.EQUALS, true)));
        assertEquals(List.of(
                new CustomFilter("budget", Match.MIN, "1000 EUR"),
                new CustomFilter("size", Match.MAX, "4.50"),
                new CustomFilter("renewal", Match.MAX, "2027-06-30"),
                new CustomFilter("tier", Match.ANY_OF, List.of("gold", "silver")),
                new CustomFilter("vip", Match.EQUALS, "true")), SegmentConditions.conditions(json));
    }

    @Test
    void noConditionsAreNoText() {
        assertNull(SegmentConditions.json(List.of()));
        assertEquals(List.of(), SegmentConditions.conditions(null));
    }

    @Test
    void storedTextThatCannotBeReadSaysSo() {
        IllegalStateException broken = assertThrows(IllegalStateException.class,
                () -> SegmentConditions.conditions("[{\"key\":\"tier\",\"match\":\"ABOUT\"}]"));
        assertEquals(true, broken.getMessage().contains("ABOUT"), broken.getMessage());
    }
}
