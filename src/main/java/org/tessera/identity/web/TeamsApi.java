package org.tessera.identity.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.TeamManagement;
import org.tessera.identity.TeamSummary;
import org.tessera.shared.Forbidden;

/** Teams of agents. */
@RestController
@RequestMapping("/api/v1/teams")
class TeamsApi {

    private final TeamManagement teams;
    private final Directory directory;

    TeamsApi(TeamManagement teams, Directory directory) {
        this.teams = teams;
        this.directory = directory;
    }

    record TeamRequest(String name, String description, List<Long> memberIds) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<TeamSummary> create(@RequestBody TeamRequest request, Actor actor) {
        TeamSummary created = teams.create(request.name(), request.description(), request.memberIds(), actor);
        return ResponseEntity.created(URI.create("/api/v1/teams/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    TeamSummary update(@PathVariable long id, @RequestBody TeamRequest request, Actor actor) {
        return teams.update(id, request.name(), request.description(), request.memberIds(), actor);
    }

    @GetMapping
    List<TeamSummary> list(Actor actor) {
        if (!actor.isStaff()) {
            throw new Forbidden("Only agents list teams");
        }
        return directory.teams();
    }
}
