package org.rapport.identity.core.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.rapport.identity.api.NewRole;
import org.rapport.identity.api.NewUser;
import org.rapport.identity.api.PermissionInfo;
import org.rapport.identity.api.Permissions;
import org.rapport.identity.api.RecordTypeView;
import org.rapport.identity.api.RoleAdmin;
import org.rapport.identity.api.RoleView;
import org.rapport.identity.api.SharingAdmin;
import org.rapport.identity.api.TeamAdmin;
import org.rapport.identity.api.TeamView;
import org.rapport.identity.api.UserAdmin;
import org.rapport.identity.api.UserChange;
import org.rapport.identity.api.UserView;
import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.access.OrgWideDefault;
import org.rapport.platform.api.security.RequiresPermission;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/**
 * Administration of users, roles, teams and sharing settings over REST. No answer ever carries a password hash.
 * Reading needs {@code identity.user.read}; sharing settings are changed with {@code identity.sharing.write}, teams
 * with {@code identity.user.write}.
 */
@Component(service = IdentityResource.class)
@JakartarsResource
@JakartarsApplicationSelect("(osgi.jakartars.name=rapport)")
@Path("identity")
@Produces(MediaType.APPLICATION_JSON)
public class IdentityResource {

    private final UserAdmin users;
    private final RoleAdmin roles;
    private final Permissions permissions;
    private final TeamAdmin teams;
    private final SharingAdmin sharing;

    @Activate
    public IdentityResource(@Reference UserAdmin users, @Reference RoleAdmin roles, @Reference Permissions permissions,
            @Reference TeamAdmin teams, @Reference SharingAdmin sharing) {
        this.users = users;
        this.roles = roles;
        this.permissions = permissions;
        this.teams = teams;
        this.sharing = sharing;
    }

    /** Body of {@code PUT record-types/{type}/default}. */
    public record OrgWideDefaultChange(String orgWideDefault) {
    }

    /** Body of {@code POST teams}. */
    public record NewTeam(String name) {
    }

    @GET
    @Path("users")
    @RequiresPermission(IdentityPermissions.USER_READ)
    public List<UserView> users() {
        Requests.caller(IdentityPermissions.USER_READ);
        return users.users();
    }

    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(IdentityPermissions.USER_WRITE)
    public Response create(NewUser user) {
        Requests.caller(IdentityPermissions.USER_WRITE);
        UserView created = users.create(user);
        return Response.created(URI.create("identity/users/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("users/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(IdentityPermissions.USER_WRITE)
    public UserView update(@PathParam("id") long id, UserChange change) {
        Requests.caller(IdentityPermissions.USER_WRITE);
        return users.update(id, change);
    }

    @POST
    @Path("users/{id}/unlock")
    @RequiresPermission(IdentityPermissions.USER_WRITE)
    public UserView unlock(@PathParam("id") long id) {
        Requests.caller(IdentityPermissions.USER_WRITE);
        return users.unlock(id);
    }

    @GET
    @Path("roles")
    @RequiresPermission(IdentityPermissions.USER_READ)
    public List<RoleView> roles() {
        Requests.caller(IdentityPermissions.USER_READ);
        return roles.roles();
    }

    /** Creates a role: {@code {"name", "title", "parent"}} ({@code parent} may be left out: a top role). */
    @POST
    @Path("roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(IdentityPermissions.ROLE_WRITE)
    public Response createRole(NewRole role) {
        Requests.caller(IdentityPermissions.ROLE_WRITE);
        RoleView created = roles.create(role);
        return Response.created(URI.create("identity/roles/" + created.name())).entity(created).build();
    }

    /** Body of {@code PUT roles/{role}/parent}: the role to sit below, or {@code null} for the top. */
    public record ParentChange(String parent) {
    }

    /** Moves a role in the hierarchy; a role cannot end up below itself (400). */
    @PUT
    @Path("roles/{role}/parent")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(IdentityPermissions.ROLE_WRITE)
    public RoleView setParent(@PathParam("role") String role, ParentChange change) {
        Requests.caller(IdentityPermissions.ROLE_WRITE);
        return roles.setParent(role, change == null ? null : change.parent());
    }

    @PUT
    @Path("roles/{role}/permissions/{permission}")
    @RequiresPermission(IdentityPermissions.ROLE_WRITE)
    public RoleView grant(@PathParam("role") String role, @PathParam("permission") String permission) {
        Requests.caller(IdentityPermissions.ROLE_WRITE);
        return roles.grant(role, permission);
    }

    @DELETE
    @Path("roles/{role}/permissions/{permission}")
    @RequiresPermission(IdentityPermissions.ROLE_WRITE)
    public RoleView revoke(@PathParam("role") String role, @PathParam("permission") String permission) {
        Requests.caller(IdentityPermissions.ROLE_WRITE);
        return roles.revoke(role, permission);
    }

    @GET
    @Path("permissions")
    @RequiresPermission(IdentityPermissions.USER_READ)
    public List<PermissionInfo> permissions() {
        Requests.caller(IdentityPermissions.USER_READ);
        return permissions.available();
    }

    @GET
    @Path("record-types")
    @RequiresPermission(IdentityPermissions.USER_READ)
    public List<RecordTypeView> recordTypes() {
        Requests.caller(IdentityPermissions.USER_READ);
        return sharing.recordTypes();
    }

    @PUT
    @Path("record-types/{type}/default")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(IdentityPermissions.SHARING_WRITE)
    public RecordTypeView setDefault(@PathParam("type") String type, OrgWideDefaultChange change) {
        Requests.caller(IdentityPermissions.SHARING_WRITE);
        String given = change == null ? null : change.orgWideDefault();
        OrgWideDefault chosen = SharingAdminService.parseDefault(given);
        if (chosen == null) {
            throw ApiProblem.invalid(given == null ? "Say which org-wide default the record type gets."
                    : "'" + given + "' is not an org-wide default.", List.of(new FieldError("orgWideDefault",
                            "one of " + Arrays.toString(OrgWideDefault.values()))));
        }
        return sharing.setOrgWideDefault(type, chosen);
    }

    @GET
    @Path("roles/{role}/field-rules")
    @RequiresPermission(IdentityPermissions.USER_READ)
    public Map<String, Map<String, FieldRule>> fieldRules(@PathParam("role") String role) {
        Requests.caller(IdentityPermissions.USER_READ);
        return sharing.fieldRules(role);
    }

    /** Replaces the role's rules for the type: {@code {"<field>": "HIDDEN" | "READ_ONLY" | "EDITABLE"}}. */
    @PUT
    @Path("roles/{role}/field-rules/{type}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(IdentityPermissions.SHARING_WRITE)
    public Map<String, FieldRule> setFieldRules(@PathParam("role") String role, @PathParam("type") String type,
            Map<String, String> rules) {
        Requests.caller(IdentityPermissions.SHARING_WRITE);
        Map<String, FieldRule> parsed = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        (rules == null ? Map.<String, String>of() : rules).forEach((field, value) -> {
            FieldRule rule = SharingAdminService.parseRule(value);
            if (rule == null) {
                errors.add(new FieldError(field, "'" + value + "' is not a field rule; one of "
                        + Arrays.toString(FieldRule.values())));
            } else {
                parsed.put(field, rule);
            }
        });
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid("The field rules name rules that do not exist.", errors);
        }
        return sharing.setFieldRules(role, type, parsed);
    }

    @GET
    @Path("teams")
    @RequiresPermission(IdentityPermissions.USER_READ)
    public List<TeamView> teams() {
        Requests.caller(IdentityPermissions.USER_READ);
        return teams.teams();
    }

    @POST
    @Path("teams")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(IdentityPermissions.USER_WRITE)
    public Response createTeam(NewTeam team) {
        Requests.caller(IdentityPermissions.USER_WRITE);
        TeamView created = teams.create(team == null ? null : team.name());
        return Response.created(URI.create("identity/teams/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("teams/{team}/members/{username}")
    @RequiresPermission(IdentityPermissions.USER_WRITE)
    public TeamView addMember(@PathParam("team") String team, @PathParam("username") String username) {
        Requests.caller(IdentityPermissions.USER_WRITE);
        return teams.addMember(team, username);
    }

    @DELETE
    @Path("teams/{team}/members/{username}")
    @RequiresPermission(IdentityPermissions.USER_WRITE)
    public TeamView removeMember(@PathParam("team") String team, @PathParam("username") String username) {
        Requests.caller(IdentityPermissions.USER_WRITE);
        return teams.removeMember(team, username);
    }
}
