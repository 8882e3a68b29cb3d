package org.rapport.identity.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Teams: groups of users that records can be shared with. */
@ProviderType
public interface TeamAdmin {

    List<TeamView> teams();

    TeamView create(String name);

    TeamView addMember(String team, String username);

    TeamView removeMember(String team, String username);
}
