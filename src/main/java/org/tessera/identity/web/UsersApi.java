package org.tessera.identity.web;

import java.net.URI;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.NewUser;
import org.tessera.identity.Role;
import org.tessera.identity.UserManagement;
import org.tessera.identity.UserSummary;
import org.tessera.shared.Forbidden;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;

/** Users: administrators register them; staff look them up; everyone may read themselves. */
@RestController
@RequestMapping("/api/v1/users")
class UsersApi {

    private final UserManagement users;
    private final Directory directory;

    UsersApi(UserManagement users, Directory directory) {
        this.users = users;
        this.directory = directory;
    }

    record CreateUser(String email, String name, String role, Long organizationId, String password) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<UserJson> create(@RequestBody CreateUser request, Actor actor) {
        if (!actor.isAdmin()) {
            throw new Forbidden("Only administrators register users");
        }
        UserSummary created = users.register(new NewUser(request.email(), request.name(), role(request.role()),
                request.organizationId(), request.password()), actor);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id()))
                .body(UserJson.of(users.account(created.id())));
    }

    @GetMapping("/me")
    UserJson me(Actor actor) {
        return UserJson.of(users.account(actor.userId()));
    }

    @GetMapping("/{id}")
    UserJson get(@PathVariable long id, Actor actor) {
        if (!actor.isStaff() && !Long.valueOf(id).equals(actor.userId())) {
            throw new NotFound("User " + id);
        }
        return UserJson.of(users.account(id));
    }

    @GetMapping
    List<UserJson> search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String role,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                          Actor actor) {
        if (!actor.isStaff()) {
            throw new Forbidden("Only agents list users");
        }
        if (size < 1 || size > 100) {
            throw new InvalidInput("size", "must be between 1 and 100");
        }
        return users.search(q, role == null ? null : role(role), PageRequest.of(Math.max(page, 0), size))
                .map(UserJson::of).getContent();
    }

    static Role role(String role) {
        if (role == null) {
            throw new InvalidInput("role", "must be one of ADMIN, AGENT, COLLABORATOR, CUSTOMER");
        }
        try {
            return Role.valueOf(role.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("role", "must be one of ADMIN, AGENT, COLLABORATOR, CUSTOMER");
        }
    }
}
