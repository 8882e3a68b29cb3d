package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Saved filters of people: a rep saves a tag and a stage as a segment (a segment without a name is refused beside the
 * field, nothing typed is lost), sees exactly its members, and deletes it again; in Persian the filter reads in
 * Persian and the page runs right to left.
 */
@RapportUiTest
class ContactsSegmentsIT {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    @Test
    void aSegmentSavedFromATagAndAStageListsExactlyItsMembers(RapportNode node, @Language("en-US") Browser browser)
            throws Exception {
        String tag = "expo" + suffix();
        AdminApi api = new AdminApi(node);
        for (String[] person : new String[][] {{"Anu", "CUSTOMER"}, {"Bat", "CUSTOMER"}, {"Chimeg", "LEAD"}}) {
            api.send("POST", "/api/contacts/persons", "{\"firstName\":\"" + person[0] + "\",\"lastName\":\"Segment"
                    + "\",\"tags\":[\"" + tag + "\"],\"stage\":\"" + person[1] + "\"}");
        }
        Shell.signIn(browser, node);
        browser.open(node.uri("/contacts/segments"));
        Shell.click(browser, By.id("segment-new"), WITHIN);
        Shell.await(browser, By.cssSelector("#segment-tag input")).sendKeys(tag);
        Shell.click(browser, By.id("segment-save"), WITHIN);
        browser.waitFor("a segment without a name refused beside the field", driver -> driver.findElement(
                By.id("segment-name")).getDomAttribute("invalid") != null ? true : null);
        assertEquals(tag, Shell.await(browser, By.cssSelector("#segment-tag input")).getAttribute("value"));
        String name = "Expo customers " + suffix();
        Shell.await(browser, By.cssSelector("#segment-name input")).sendKeys(name);
        Shell.click(browser, By.id("segment-stage"), WITHIN);
        Shell.click(browser, By.xpath("//vaadin-select-item[normalize-space(.)='Customer']"), WITHIN);
        Shell.click(browser, By.id("segment-save"), WITHIN);
        Shell.awaitGone(browser, By.id("segment-dialog"), WITHIN);

        WebElement list = Shell.await(browser, By.id("segments-grid"));
        browser.waitFor("the segment listed with its filter", driver -> list.getText().contains(name)
                && list.getText().contains("stage: Customer · tag: \u2068" + tag + "\u2069") && list.getText().contains("Only me")
                ? true : null);
        WebElement members = Shell.await(browser, By.id("segment-members"));
        browser.waitFor("exactly its members", driver -> members.getText().contains("Anu Segment")
                && members.getText().contains("Bat Segment") ? true : null);
        assertFalse(members.getText().contains("Chimeg"), "a lead is not a customer");
        assertEquals("2 people", Shell.await(browser, By.xpath("//p[normalize-space(.)='2 people']")).getText());
        browser.screenshot("contacts-segments-en");

        Shell.click(browser, By.cssSelector("[data-delete-segment='" + name + "']"), WITHIN);
        Shell.click(browser, ModulesPageIT.CONFIRM, WITHIN);
        browser.waitFor("the segment gone", driver -> !driver.findElement(By.id("segments-page")).getText()
                .contains(name) ? true : null);
        assertTrue(api.send("GET", "/api/contacts/persons?tag=" + tag, "").contains("Chimeg"),
                "deleting a segment deletes nobody");
    }

    @Test
    void inPersianTheFilterReadsInPersian(RapportNode node, @Language("fa") Browser fa) throws Exception {
        String tag = "نمایشگاه" + suffix();
        new AdminApi(node).send("POST", "/api/contacts/persons", "{\"firstName\":\"زهرا\",\"lastName\":\"احمدی\","
                + "\"tags\":[\"" + tag + "\"]}");
        Shell.signIn(fa, node);
        fa.open(node.uri("/contacts/segments"));
        Shell.click(fa, By.id("segment-new"), WITHIN);
        String name = "بازدیدکنندگان " + suffix();
        Shell.await(fa, By.cssSelector("#segment-name input")).sendKeys(name);
        Shell.await(fa, By.cssSelector("#segment-tag input")).sendKeys(tag);
        Shell.click(fa, By.id("segment-shared"), WITHIN);
        Shell.click(fa, By.id("segment-save"), WITHIN);
        WebElement list = Shell.await(fa, By.id("segments-grid"));
        fa.waitFor("the segment listed in Persian", driver -> list.getText().contains(name)
                && list.getText().contains("برچسب: \u2068" + tag + "\u2069") && list.getText().contains("همه") ? true : null);
        WebElement members = Shell.await(fa, By.id("segment-members"));
        fa.waitFor("its member", driver -> members.getText().contains("زهرا احمدی") ? true : null);
        assertEquals("rtl", Shell.htmlAttribute(fa, "dir"));
        fa.screenshot("contacts-segments-fa");
    }

    @Test
    void aListsFiltersWithACustomFieldRangeAreSavedAsASegment(RapportNode node, @Language("fa") Browser fa)
            throws Exception {
        String suffix = suffix();
        String key = "size" + suffix;
        AdminApi api = new AdminApi(node);
        api.send("POST", "/api/contacts/custom-fields", "{\"entity\":\"person\",\"key\":\"" + key
                + "\",\"label\":\"اندازه\",\"type\":\"NUMBER\",\"showInList\":true}");
        try {
            for (String[] person : new String[][] {{"آرش", "38"}, {"بابک", "42"}, {"کاوه", "45"}}) {
                api.send("POST", "/api/contacts/persons", "{\"firstName\":\"" + person[0] + "\",\"lastName\":\"Seg"
                        + suffix + "\",\"custom\":{\"" + key + "\":" + person[1] + "}}");
            }
            Shell.signIn(fa, node);
            fa.open(node.uri("/contacts/persons"));
            Shell.await(fa, By.cssSelector("#contacts-search input")).sendKeys("Seg" + suffix);
            WebElement min = Shell.await(fa, By.cssSelector("#contacts-custom-filter-" + key + "-min input"));
            fa.script("arguments[0].scrollIntoView({block: 'center'})", min);
            min.sendKeys("۴۱", Keys.ENTER);
            fa.waitFor("the list narrowed to two", driver -> driver.findElement(By.id("contacts-total")).getText()
                    .equals("۲ نفر") ? true : null);

            Shell.click(fa, By.id("contacts-save-segment"), WITHIN);
            WebElement conditions = Shell.await(fa, By.id("segment-custom-conditions"));
            assertTrue(conditions.getText().contains("اندازه\u2069 از \u2068۴۱"), conditions.getText());
            assertEquals("Seg" + suffix, Shell.await(fa, By.cssSelector("#segment-text input")).getAttribute("value"),
                    "the list's search comes along");
            String name = "پاهای بزرگ " + suffix;
            Shell.await(fa, By.cssSelector("#segment-name input")).sendKeys(name);
            Shell.click(fa, By.id("segment-save"), WITHIN);
            Shell.awaitGone(fa, By.id("segment-dialog"), WITHIN);

            fa.open(node.uri("/contacts/segments"));
            WebElement list = Shell.await(fa, By.id("segments-grid"));
            fa.waitFor("the segment listed with its range in Persian digits", driver -> list.getText().contains(name)
                    && list.getText().contains("اندازه\u2069 از \u2068۴۱") ? true : null);
            Shell.click(fa, By.xpath("//vaadin-grid-cell-content[.//span[normalize-space(.)='" + name + "']]"), WITHIN);
            WebElement members = Shell.await(fa, By.id("segment-members"));
            fa.waitFor("exactly the two with the larger size", driver -> members.getText().contains("بابک")
                    && members.getText().contains("کاوه") ? true : null);
            assertFalse(members.getText().contains("آرش"), "38 is below the range: " + members.getText());
            fa.screenshot("contacts-segment-custom-fa");
        } finally {
            // the node is shared: other tests' lists must not grow this column
            api.send("DELETE", "/api/contacts/custom-fields/person/" + key, "");
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    }
}
