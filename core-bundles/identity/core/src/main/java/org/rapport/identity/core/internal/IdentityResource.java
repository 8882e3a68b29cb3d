package org.rapport.identity.core.internal;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
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
import org.rapport.identity.api.NewUser;
import org.rapport.identity.api.PermissionInfo;
import org.rapport.identity.api.Permissions;
import org.rapport.identity.api.RoleAdmin;
import org.rapport.identity.api.RoleView;
import org.rapport.identity.api.UserAdmin;
import org.rapport.identity.api.UserChange;
import org.rapport.identity.api.UserView;
import org.rapport.platform.api.security.RequiresPermission;

/** Administration of users and roles over REST. No answer ever carries a password hash. */
@Component(service = IdentityResource.class)
@JakartarsResource
@JakartarsApplicationSelect("(osgi.jakartars.name=rapport)")
@Path("identity")
@Produces(MediaType.APPLICATION_JSON)
public class IdentityResource {

    private final UserAdmin users;
    private final RoleAdmin roles;
    private final Permissions permissions;

    @Activate
    public IdentityResource(@Reference UserAdmin users, @Reference RoleAdmin roles, @Reference Permissions permissions) {
        this.users = users;
        this.roles = roles;
        this.permissions = permissions;
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

    @GET
    @Path("permissions")
    @RequiresPermission(IdentityPermissions.USER_READ)
    public List<PermissionInfo> permissions() {
        Requests.caller(IdentityPermissions.USER_READ);
        return permissions.available();
    }
}
