package org.tessera.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.OrganizationManagement;
import org.tessera.identity.OrganizationSummary;
import org.tessera.shared.Conflict;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;

/** The administrator's pages for customer organizations. */
@Controller
@RequestMapping("/admin/organizations")
class AdminOrganizationsController {

    private final OrganizationManagement organizations;
    private final Directory directory;

    AdminOrganizationsController(OrganizationManagement organizations, Directory directory) {
        this.organizations = organizations;
        this.directory = directory;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("organizations", directory.organizations());
        return "identity/organizations";
    }

    @GetMapping("/new")
    String newOrganization(Model model) {
        model.addAttribute("organizationForm", new OrganizationForm());
        return "identity/organization";
    }

    @PostMapping
    String create(@ModelAttribute OrganizationForm organizationForm, BindingResult errors, Actor actor,
                  RedirectAttributes flash) {
        try {
            OrganizationSummary created = organizations.create(organizationForm.getName(),
                    organizationForm.domainList(), organizationForm.isSharesTickets(), actor);
            flash.addFlashAttribute("notice", "organizations.created");
            flash.addFlashAttribute("noticeArg", created.name());
            return "redirect:/admin/organizations";
        } catch (InvalidInput | Conflict refused) {
            FormErrors.reject(errors, refused, "organizations");
            return "identity/organization";
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        OrganizationSummary organization = organization(id);
        model.addAttribute("organizationForm", OrganizationForm.of(organization));
        return editPage(organization, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute OrganizationForm organizationForm, BindingResult errors,
                  Actor actor, Model model, RedirectAttributes flash) {
        try {
            OrganizationSummary saved = organizations.update(id, organizationForm.getName(),
                    organizationForm.domainList(), organizationForm.isSharesTickets(), actor);
            flash.addFlashAttribute("notice", "organizations.saved");
            flash.addFlashAttribute("noticeArg", saved.name());
            return "redirect:/admin/organizations/" + id;
        } catch (InvalidInput | Conflict refused) {
            FormErrors.reject(errors, refused, "organizations");
            return editPage(organization(id), model);
        }
    }

    private String editPage(OrganizationSummary organization, Model model) {
        model.addAttribute("organization", organization);
        model.addAttribute("members", directory.membersOf(organization.id()));
        return "identity/organization";
    }

    private OrganizationSummary organization(long id) {
        return directory.organization(id).orElseThrow(() -> new NotFound("Organization " + id));
    }
}
