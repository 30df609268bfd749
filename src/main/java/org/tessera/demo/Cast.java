package org.tessera.demo;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Everyone the demo stories can involve, with the teams the agents work in (by team name). */
record Cast(int organizations, List<DemoPerson> customers, List<DemoPerson> collaborators,
            Map<String, List<DemoPerson>> agentsByTeam, Map<String, Long> teamIds) {

    List<DemoPerson> agents() {
        return agentsByTeam.values().stream().flatMap(List::stream).distinct().toList();
    }

    List<DemoPerson> colleaguesOf(DemoPerson customer) {
        if (customer.organizationId() == null) {
            return List.of();
        }
        return customers.stream()
                .filter(c -> customer.organizationId().equals(c.organizationId()) && c.id() != customer.id())
                .toList();
    }

    List<DemoPerson> everyone() {
        return Stream.of(customers, collaborators, agents()).flatMap(List::stream).toList();
    }
}
