package org.rapport.contacts.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.rapport.contacts.api.CustomFilter;
import org.rapport.contacts.api.CustomFilter.Match;
import org.rapport.contacts.api.Money;

class RangeInputTest {

    private static final Locale FA = Locale.forLanguageTag("fa");
    private static final Locale AR = Locale.forLanguageTag("ar");

    @Test
    void numbersAreReadInAnyDigitsWithTheSeparatorsPeopleType() throws Exception {
        assertEquals(new BigDecimal("12500.5"), RangeInput.number("۱۲٬۵۰۰٫۵", FA));
        assertEquals(new BigDecimal("42"), RangeInput.number(" ٤٢ ", AR));
        assertEquals(new BigDecimal("12500.5"), RangeInput.number("12,500.50", Locale.ENGLISH));
        assertEquals(new BigDecimal("-3"), RangeInput.number("\u200E\u22123", FA), "a minus sign and a bidi mark");
        assertEquals(new BigDecimal("7"), RangeInput.number("+7", Locale.ENGLISH));
        assertEquals(new BigDecimal("0.5"), RangeInput.number(".5", Locale.ENGLISH));
        assertEquals(new BigDecimal("1.5"), RangeInput.number("1,5", Locale.GERMAN), "comma where it is the point");
        assertNull(RangeInput.number("  ", FA));
        assertNull(RangeInput.number(null, FA));
    }

    @Test
    void whatIsNotANumberNamesTheMessageToShow() {
        for (String bad : List.of("abc", "1.2.3", "12-", "1+2", "۱۲ تومان", "-", ".", "1e5")) {
            assertEquals("contacts.range.notNumber",
                    assertThrows(RangeInput.Invalid.class, () -> RangeInput.number(bad, FA)).key(), bad);
        }
        assertEquals("contacts.range.tooLong", assertThrows(RangeInput.Invalid.class,
                () -> RangeInput.number("123456789012345678901", Locale.ENGLISH)).key());
        assertEquals("contacts.range.tooLong", assertThrows(RangeInput.Invalid.class,
                () -> RangeInput.number("0.12345678901", Locale.ENGLISH)).key());
    }

    @Test
    void aRangeMayNotStartAfterItEnds() throws Exception {
        RangeInput.ordered(new BigDecimal("1"), new BigDecimal("1.0"));
        RangeInput.ordered(null, LocalDate.of(2026, 1, 1));
        RangeInput.ordered(LocalDate.of(2026, 1, 1), null);
        assertEquals("contacts.range.order", assertThrows(RangeInput.Invalid.class,
                () -> RangeInput.ordered(LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 20))).key());
        assertEquals("contacts.range.order", assertThrows(RangeInput.Invalid.class,
                () -> RangeInput.ordered(new BigDecimal("10"), new BigDecimal("9.99"))).key());
    }

    @Test
    void theEndsBecomeMinAndMaxConditionsAndAmountsTakeTheCurrency() {
        LocalDate day = LocalDate.of(2026, 3, 21);
        assertEquals(List.of(new CustomFilter("since", Match.MIN, day)), RangeInput.conditions("since", day, null, null));
        assertEquals(List.of(new CustomFilter("size", Match.MAX, BigDecimal.TEN)),
                RangeInput.conditions("size", null, BigDecimal.TEN, null));
        assertEquals(List.of(new CustomFilter("budget", Match.MIN, new Money(BigDecimal.ONE, "EUR")),
                new CustomFilter("budget", Match.MAX, new Money(BigDecimal.TEN, "EUR"))),
                RangeInput.conditions("budget", BigDecimal.ONE, BigDecimal.TEN, "EUR"));
        assertEquals(List.of(new CustomFilter("budget", Match.MIN, BigDecimal.ONE)),
                RangeInput.conditions("budget", BigDecimal.ONE, null, " "), "no currency: amounts in any currency");
        assertEquals(List.of(), RangeInput.conditions("budget", null, null, "EUR"));
    }
}
