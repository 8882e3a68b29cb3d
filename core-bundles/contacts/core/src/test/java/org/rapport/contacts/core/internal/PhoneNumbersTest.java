package org.rapport.contacts.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rapport.platform.i18n.internal.IcuTextFolding;

class PhoneNumbersTest {

    private final IcuTextFolding folding = new IcuTextFolding();
    private final PhoneNumbers iran = new PhoneNumbers(folding, "IR");

    @Test
    void aNumberIsFoundByItsInternationalNationalAndSignificantDigits() {
        assertEquals(Optional.of("+989121234567"), iran.e164("۰۹۱۲ ۱۲۳ ۴۵۶۷"));
        assertEquals(List.of("989121234567", "09121234567", "9121234567"), iran.searchDigits("+989121234567"));
        assertEquals(List.of("16502530000", "6502530000"), iran.searchDigits("+16502530000"));
        assertEquals(List.of("390612345678", "0612345678"), iran.searchDigits("+390612345678"),
                "Italy keeps its leading zero in the significant number");
    }

    /**
     * Reading this stored E.164 again strips Iran's national prefix once more (+98 123456): its own digits must still
     * be a term, or an import keyed on the phone would not find the record and would create it again.
     */
    @Test
    void aStoredNumberThatReadsAsAnotherIsStillFoundByItsOwnDigits() {
        String stored = iran.e164("9800 012 3456").orElseThrow();
        assertEquals("+980123456", stored);
        assertEquals("980123456", iran.searchDigits(stored).get(0));
    }

    @Test
    void whatIsNoNumberIsFoundByItsDigitsAlone() {
        assertEquals(Optional.empty(), iran.e164("+98 12"));
        assertEquals(List.of("9812"), iran.searchDigits("+9812"));
    }
}
