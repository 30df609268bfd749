package org.tessera.identity;

import java.util.List;

/** A customer organization: the email domains it claims and whether its customers see each other's tickets. */
public record OrganizationSummary(long id, String name, List<String> domains, boolean sharesTickets) {
}
