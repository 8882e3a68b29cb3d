package org.rapport.contacts.core.internal;

import java.util.List;

import org.rapport.contacts.api.Share;
import org.rapport.platform.api.access.ShareLevel;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/** A share as REST receives it: a user or a team, and a level (READ when left out). */
record ShareBody(Long userId, Long teamId, ShareLevel level) {

    static Share valid(ShareBody body) {
        if (body == null || (body.userId() == null) == (body.teamId() == null)) {
            throw ApiProblem.invalid("Share with either a user or a team.", List.of(new FieldError("userId",
                    "give exactly one of userId and teamId")));
        }
        if (body.userId() != null && body.userId() <= 0 || body.teamId() != null && body.teamId() <= 0) {
            throw ApiProblem.invalid("User and team ids are positive numbers.",
                    List.of(new FieldError(body.userId() != null ? "userId" : "teamId", "must be positive")));
        }
        return new Share(body.userId(), body.teamId(), body.level());
    }
}
