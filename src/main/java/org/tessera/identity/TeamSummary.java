package org.tessera.identity;

import java.util.List;

/** A team of agents and the ids of its members. */
public record TeamSummary(long id, String name, String description, List<Long> memberIds) {
}
