package org.rapport.identity.core.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.identity.api.TeamAdmin;
import org.rapport.identity.api.TeamView;
import org.rapport.platform.api.persistence.ModulePersistence;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

@Component(service = TeamAdmin.class)
public class TeamAdminService implements TeamAdmin {

    private final ModulePersistence persistence;

    @Activate
    public TeamAdminService(@Reference(target = "(rapport.module=identity)") ModulePersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public List<TeamView> teams() {
        return persistence.inTransaction(tx -> {
            EntityManager em = tx.entityManager();
            Map<Long, List<String>> members = em.createQuery("select m.teamId, u.username from TeamMemberEntity m,"
                    + " UserEntity u where m.userId = u.id order by u.usernameKey", Object[].class).getResultList()
                    .stream().collect(Collectors.groupingBy(row -> (Long) row[0],
                            Collectors.mapping(row -> (String) row[1], Collectors.toList())));
            return em.createQuery("select t from TeamEntity t order by t.name", TeamEntity.class).getResultList().stream()
                    .map(t -> new TeamView(t.getId(), t.getName(), members.getOrDefault(t.getId(), List.of()))).toList();
        });
    }

    @Override
    public TeamView create(String name) {
        Validation check = new Validation();
        String valid = check.name("name", name);
        check.throwIfInvalid("The team cannot be created as given.");
        IdentityGeneration.changing(persistence, tx -> {
            if (team(tx.entityManager(), valid) != null) {
                throw ApiProblem.invalid("The team exists.", List.of(new FieldError("name", "'" + valid + "' exists")));
            }
            tx.entityManager().persist(new TeamEntity(valid));
            return null;
        });
        return view(valid);
    }

    @Override
    public TeamView addMember(String team, String username) {
        IdentityGeneration.changing(persistence, tx -> {
            EntityManager em = tx.entityManager();
            TeamEntity entity = existingTeam(em, team);
            UserEntity user = existingUser(em, username);
            boolean member = !em.createQuery("select m from TeamMemberEntity m where m.teamId = :team and m.userId = :user",
                    TeamMemberEntity.class).setParameter("team", entity.getId()).setParameter("user", user.getId())
                    .getResultList().isEmpty();
            if (!member) {
                em.persist(new TeamMemberEntity(entity.getId(), user.getId()));
            }
            return null;
        });
        return view(team);
    }

    @Override
    public TeamView removeMember(String team, String username) {
        IdentityGeneration.changing(persistence, tx -> {
            EntityManager em = tx.entityManager();
            TeamEntity entity = existingTeam(em, team);
            UserEntity user = existingUser(em, username);
            // Entity by entity, not a bulk delete: only entity removals reach the audit trail.
            em.createQuery("select m from TeamMemberEntity m where m.teamId = :team and m.userId = :user",
                    TeamMemberEntity.class).setParameter("team", entity.getId()).setParameter("user", user.getId())
                    .getResultList().forEach(em::remove);
            return null;
        });
        return view(team);
    }

    private TeamView view(String name) {
        return teams().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("There is no team '" + name + "'."));
    }

    private static TeamEntity team(EntityManager em, String name) {
        return em.createQuery("select t from TeamEntity t where t.name = :name", TeamEntity.class)
                .setParameter("name", name).getResultList().stream().findFirst().orElse(null);
    }

    private static TeamEntity existingTeam(EntityManager em, String name) {
        TeamEntity team = name == null ? null : team(em, name);
        if (team == null) {
            throw ApiProblem.notFound("There is no team '" + name + "'.");
        }
        return team;
    }

    private static UserEntity existingUser(EntityManager em, String username) {
        return (username == null ? java.util.Optional.<UserEntity>empty() : Accounts.find(em, username))
                .orElseThrow(() -> ApiProblem.invalid("There is no such user.",
                        List.of(new FieldError("username", "no user named '" + username + "'"))));
    }
}
