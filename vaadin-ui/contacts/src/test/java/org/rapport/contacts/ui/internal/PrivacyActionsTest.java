package org.rapport.contacts.ui.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrivacyActionsTest {

    @Test
    void erasureNeedsTheWholeNameAsShown() {
        assertTrue(PrivacyActions.matches("Temuulen Bat", "Temuulen Bat"));
        assertTrue(PrivacyActions.matches("  temuulen bat ", "Temuulen Bat"), "spaces around and case do not count");
        assertTrue(PrivacyActions.matches("سارا محمدی", "سارا محمدی"));
        assertFalse(PrivacyActions.matches("Temuulen", "Temuulen Bat"), "part of the name");
        assertFalse(PrivacyActions.matches("", "Temuulen Bat"));
        assertFalse(PrivacyActions.matches(null, "Temuulen Bat"));
        assertFalse(PrivacyActions.matches("Temuulen  Bat", "Temuulen Bat"), "another name");
    }
}
