package org.tessera.identity.web;

import java.util.Arrays;
import java.util.List;
import org.tessera.identity.OrganizationSummary;

/** An organization as the administrator types it: the domains as one text, separated by commas or lines. */
class OrganizationForm {

    private String name = "";
    private String domains = "";
    private boolean sharesTickets;

    static OrganizationForm of(OrganizationSummary organization) {
        var form = new OrganizationForm();
        form.name = organization.name();
        form.domains = String.join("\n", organization.domains());
        form.sharesTickets = organization.sharesTickets();
        return form;
    }

    List<String> domainList() {
        if (domains == null) {
            return List.of();
        }
        return Arrays.stream(domains.split("[,;\\s]+")).filter(d -> !d.isBlank()).toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDomains() {
        return domains;
    }

    public void setDomains(String domains) {
        this.domains = domains;
    }

    public boolean isSharesTickets() {
        return sharesTickets;
    }

    public void setSharesTickets(boolean sharesTickets) {
        this.sharesTickets = sharesTickets;
    }
}
