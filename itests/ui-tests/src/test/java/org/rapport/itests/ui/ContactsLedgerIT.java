package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The purchase and payment history of an organization and a person: what the accounting connector recorded shows with
 * its totals per currency (never added across currencies), and a rep records a purchase and a payment by hand — a
 * purchase without a product is refused beside the field and nothing typed is lost.
 */
@RapportUiTest
class ContactsLedgerIT {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    @Test
    void theHistoryShowsTotalsPerCurrencyAndARepRecordsAPurchase(RapportNode node,
            @Language("en-US") Browser browser) throws Exception {
        AdminApi api = new AdminApi(node);
        String name = "Ledger Traders " + suffix();
        long id = AdminApi.id(api.send("POST", "/api/contacts/organizations", "{\"name\":\"" + name + "\"}"));
        String path = "/api/contacts/organizations/" + id;
        api.send("POST", path + "/purchases", "{\"product\":\"Saffron 1kg\",\"quantity\":3,\"amount\":45000000,"
                + "\"currency\":\"IRR\",\"occurredAt\":\"2026-03-20T10:00:00Z\",\"source\":\"accounting\","
                + "\"reference\":\"INV-" + suffix() + "\"}");
        api.send("POST", path + "/purchases", "{\"product\":\"Pistachios\",\"amount\":120.50,\"currency\":\"EUR\","
                + "\"source\":\"accounting\",\"reference\":\"INV-" + suffix() + "\"}");
        api.send("POST", path + "/payments", "{\"kind\":\"PAYMENT\",\"amount\":30000000,\"currency\":\"IRR\","
                + "\"source\":\"accounting\",\"reference\":\"PAY-" + suffix() + "\"}");

        Shell.signIn(browser, node);
        browser.open(node.uri("/contacts/organizations/" + id));
        tab(browser, "Purchases & payments");
        WebElement totals = Shell.await(browser, By.id("ledger-totals"));
        browser.waitFor("a total per currency", driver -> totals.getText().contains("EUR")
                && totals.getText().contains("IRR") && totals.getText().contains("€120.50")
                && totals.getText().contains("45,000,000") && totals.getText().contains("30,000,000") ? true : null);
        WebElement purchases = Shell.await(browser, By.id("ledger-purchases"));
        assertTrue(purchases.getText().contains("Saffron 1kg") && purchases.getText().contains("accounting · INV-"),
                purchases.getText());

        Shell.click(browser, By.id("ledger-record-purchase"), WITHIN);
        Shell.await(browser, By.cssSelector("#ledger-amount input")).sendKeys("99.90");
        WebElement currency = Shell.await(browser, By.cssSelector("#ledger-currency input"));
        currency.sendKeys(Keys.chord(Keys.CONTROL, "a"), "EUR");
        browser.waitFor("EUR offered", driver -> driver.findElements(By.cssSelector("vaadin-combo-box-item"))
                .stream().anyMatch(item -> item.getText().equals("EUR")) ? true : null);
        currency.sendKeys(Keys.ENTER);
        Shell.click(browser, By.id("ledger-save"), WITHIN);
        browser.waitFor("the purchase without a product refused beside the field", driver -> driver.findElement(
                By.id("ledger-product")).getDomAttribute("invalid") != null ? true : null);
        assertEquals("99.90", Shell.await(browser, By.cssSelector("#ledger-amount input")).getAttribute("value"),
                "what was typed is kept");
        Shell.await(browser, By.cssSelector("#ledger-product input")).sendKeys("Dates, 5 kg box");
        Shell.click(browser, By.id("ledger-save"), WITHIN);
        Shell.awaitGone(browser, By.id("ledger-purchase-dialog"), WITHIN);
        browser.waitFor("the purchase listed and summed", driver -> purchases.getText().contains("Dates, 5 kg box")
                && purchases.getText().contains("by hand") && totals.getText().contains("€220.40") ? true : null);
        browser.screenshot("contacts-organization-ledger-en");
    }

    @Test
    void aPersianRepRecordsAPaymentInRials(RapportNode node, @Language("fa") Browser fa) throws Exception {
        AdminApi api = new AdminApi(node);
        long id = AdminApi.id(api.send("POST", "/api/contacts/persons", "{\"firstName\":\"مریم\",\"lastName\":\""
                + "رضایی" + suffix() + "\"}"));
        Shell.signIn(fa, node);
        fa.open(node.uri("/contacts/persons/" + id));
        tab(fa, "خریدها و پرداخت‌ها");
        Shell.await(fa, By.id("contact-ledger"));
        assertTrue(Shell.await(fa, By.id("contact-ledger")).getText().contains("هنوز خریدی ثبت نشده است."));

        Shell.click(fa, By.id("ledger-record-payment"), WITHIN);
        assertEquals("IRR", Shell.await(fa, By.cssSelector("#ledger-currency input")).getAttribute("value"),
                "a Persian user's currency is the rial");
        Shell.await(fa, By.cssSelector("#ledger-amount input")).sendKeys("2500000");
        Shell.await(fa, By.cssSelector("#ledger-reference input")).sendKeys("رسید-۴۴");
        // the date in the Persian calendar and digits: month 13 does not exist, the 1st of Aban does
        WebElement date = Shell.await(fa, By.cssSelector("#ledger-date input"));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), "۱۴۰۵/۱۳/۱", Keys.TAB);
        Shell.click(fa, By.id("ledger-save"), WITHIN);
        fa.waitFor("a date that does not exist refused", driver -> driver.findElement(By.id("ledger-date"))
                .getDomAttribute("invalid") != null ? true : null);
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), "۱۴۰۵/۸/۱", Keys.TAB);
        Shell.click(fa, By.id("ledger-save"), WITHIN);
        Shell.awaitGone(fa, By.id("ledger-payment-dialog"), WITHIN);
        WebElement payments = Shell.await(fa, By.id("ledger-payments"));
        fa.waitFor("the payment listed with Persian digits", driver -> payments.getText().contains("پرداخت") && payments.getText().contains("۱ آبان ۱۴۰۵")
                && payments.getText().contains("۲٬۵۰۰٬۰۰۰") && payments.getText().contains("دستی · رسید-۴۴") ? true : null);
        assertEquals("rtl", Shell.htmlAttribute(fa, "dir"));
        fa.screenshot("contacts-person-ledger-fa");
    }

    private static void tab(Browser browser, String title) {
        Shell.click(browser, By.xpath("//vaadin-tab[normalize-space(.)='" + title + "']"), WITHIN);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    }
}
