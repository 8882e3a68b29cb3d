package org.rapport.itests.ui;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** An admin creates a team on Administration → Teams, adds a member and removes them again. */
@RapportUiTest
class TeamsPageIT {

    @Test
    void createATeamAndChangeItsMembers(RapportNode node, @Language("en-US") Browser admin) {
        Shell.signIn(admin, node);
        String team = "north" + UUID.randomUUID().toString().substring(0, 6);
        admin.open(node.uri("/admin/teams"));
        Shell.await(admin, By.id("teams-page"));
        Shell.await(admin, By.id("team-new")).click();
        Shell.await(admin, By.cssSelector("#new-team-name input")).sendKeys(team);
        Shell.await(admin, By.id("new-team-save")).click();
        admin.waitFor("the team created", driver -> Shell.notices(admin).stream()
                .anyMatch(text -> text.contains("Team " + team + " created")) ? true : null);
        admin.waitFor("the new team listed", driver -> driver.findElement(By.id("teams-grid")).getText().contains(team)
                ? true : null);

        WebElement member = Shell.await(admin, By.cssSelector("#team-member-choice input"));
        member.sendKeys("admin");
        Shell.await(admin, By.cssSelector("vaadin-combo-box-item"));
        member.sendKeys(Keys.ENTER);
        Shell.await(admin, By.id("team-member-add")).click();
        Shell.await(admin, By.cssSelector("[data-member='admin']"));
        admin.waitFor("the member counted", driver -> driver.findElement(By.id("teams-grid")).getText()
                .contains("1 member") ? true : null);
        admin.screenshot("teams-page");

        Shell.await(admin, By.cssSelector("[data-action='remove-admin']")).click();
        admin.waitFor("the member removed", driver -> Shell.notices(admin).stream()
                .anyMatch(text -> text.contains("admin removed from " + team)) ? true : null);
        Shell.awaitGone(admin, By.cssSelector("[data-member='admin']"), Browser.DEFAULT_WAIT);
    }
}
