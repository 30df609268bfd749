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
import org.tessera.identity.OrganizationManagement;
import org.tessera.identity.OrganizationSummary;
import org.tessera.shared.Forbidden;
import org.tessera.shared.NotFound;

/** Customer organizations: administrators create and change them; staff and members read them. */
@RestController
@RequestMapping("/api/v1/organizations")
class OrganizationsApi {

    private final OrganizationManagement organizations;
    private final Directory directory;

    OrganizationsApi(OrganizationManagement organizations, Directory directory) {
        this.organizations = organizations;
        this.directory = directory;
    }

    record OrganizationRequest(String name, List<String> domains, Boolean sharesTickets) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<OrganizationSummary> create(@RequestBody OrganizationRequest request, Actor actor) {
        OrganizationSummary created = organizations.create(request.name(), request.domains(),
                Boolean.TRUE.equals(request.sharesTickets()), actor);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    OrganizationSummary update(@PathVariable long id, @RequestBody OrganizationRequest request, Actor actor) {
        return organizations.update(id, request.name(), request.domains(), Boolean.TRUE.equals(request.sharesTickets()),
                actor);
    }

    @GetMapping
    List<OrganizationSummary> list(Actor actor) {
        if (!actor.isStaff()) {
            throw new Forbidden("Only agents list organizations");
        }
        return directory.organizations();
    }

    @GetMapping("/{id}")
    OrganizationSummary get(@PathVariable long id, Actor actor) {
        if (!actor.isStaff() && !Long.valueOf(id).equals(actor.organizationId())) {
            throw new NotFound("Organization " + id);
        }
        return directory.organization(id).orElseThrow(() -> new NotFound("Organization " + id));
    }
}
