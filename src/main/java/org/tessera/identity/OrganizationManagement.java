package org.tessera.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.identity.internal.Organization;
import org.tessera.identity.internal.Organizations;
import org.tessera.shared.Conflict;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;

/** Customer organizations: their names, the email domains they claim, whether they share tickets. */
@Service
@Transactional
public class OrganizationManagement {

    private static final Pattern DOMAIN = Pattern.compile("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$");

    private final Organizations organizations;

    OrganizationManagement(Organizations organizations) {
        this.organizations = organizations;
    }

    public OrganizationSummary create(String name, List<String> domains, boolean sharesTickets, Actor actor) {
        UserManagement.requireAdmin(actor);
        String cleanName = requireName(name);
        List<String> cleanDomains = cleanDomains(domains);
        organizations.findByName(cleanName).ifPresent(existing -> {
            throw new Conflict("name", "An organization named " + cleanName + " already exists");
        });
        return organizations.save(new Organization(cleanName, cleanDomains, sharesTickets)).summary();
    }

    public OrganizationSummary update(long id, String name, List<String> domains, boolean sharesTickets, Actor actor) {
        UserManagement.requireAdmin(actor);
        Organization organization = organizations.findById(id).orElseThrow(() -> new NotFound("Organization " + id));
        String cleanName = requireName(name);
        organizations.findByName(cleanName).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new Conflict("name", "An organization named " + cleanName + " already exists");
        });
        organization.describe(cleanName, cleanDomains(domains), sharesTickets);
        return organization.summary();
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "must not be empty");
        }
        return name.trim();
    }

    private static List<String> cleanDomains(List<String> domains) {
        if (domains == null) {
            return List.of();
        }
        var clean = new LinkedHashSet<String>();
        var wrong = new ArrayList<String>();
        for (String domain : domains) {
            String d = domain == null ? "" : domain.trim().toLowerCase().replaceFirst("^@", "");
            if (d.isEmpty()) {
                continue;
            }
            if (DOMAIN.matcher(d).matches()) {
                clean.add(d);
            } else {
                wrong.add(domain);
            }
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInput("domains", "not a domain name: " + String.join(", ", wrong));
        }
        return List.copyOf(clean);
    }
}
