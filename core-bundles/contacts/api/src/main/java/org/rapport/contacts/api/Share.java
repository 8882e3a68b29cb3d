package org.rapport.contacts.api;

import org.rapport.platform.api.access.ShareLevel;

/**
 * An explicit share of one record: with a user or with a team (exactly one of the two ids is set).
 */
public record Share(Long userId, Long teamId, ShareLevel level) {

    public Share {
        if ((userId == null) == (teamId == null)) {
            throw new IllegalArgumentException("A share names either a user or a team");
        }
        level = level == null ? ShareLevel.READ : level;
    }
}
