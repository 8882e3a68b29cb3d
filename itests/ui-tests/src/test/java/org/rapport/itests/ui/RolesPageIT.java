package org.rapport.itests.ui;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An admin creates a role on Administration → Roles and grants it a permission a module defines. */
@RapportUiTest
class RolesPageIT {

    @Test
    void createARoleAndGrantItAModulesPermission(RapportNode node, @Language("en-US") Browser admin) {
        Shell.signIn(admin, node);
        String role = "lead" + UUID.randomUUID().toString().substring(0, 6);
        admin.open(node.uri("/admin/roles"));
        Shell.await(admin, By.id("roles-page"));
        Shell.await(admin, By.id("role-new")).click();
        Shell.await(admin, By.cssSelector("#new-role-name input")).sendKeys(role);
        Shell.await(admin, By.cssSelector("#new-role-title input")).sendKeys("Team lead");
        Shell.await(admin, By.id("new-role-save")).click();
        admin.waitFor("the new role listed", driver -> driver.findElement(By.id("roles-grid")).getText().contains(role)
                ? true : null);
        Shell.await(admin, By.cssSelector("vaadin-checkbox[data-permission='sample.note.read']")).click();
        admin.waitFor("the grant confirmed", driver -> Shell.notices(admin).stream()
                .anyMatch(text -> text.contains("sample.note.read granted to " + role)) ? true : null);
        admin.screenshot("roles-en");
    }
}
