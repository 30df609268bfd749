package org.tessera.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.Role;
import org.tessera.identity.UserAccount;
import org.tessera.identity.UserManagement;
import org.tessera.identity.UserSummary;
import org.tessera.shared.Conflict;
import org.tessera.shared.InvalidInput;

/** The administrator's pages for user accounts: the searchable list, registering, editing, setting a password. */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

    private static final int PAGE_SIZE = 25;

    private final UserManagement users;
    private final Directory directory;

    AdminUsersController(UserManagement users, Directory directory) {
        this.users = users;
        this.directory = directory;
    }

    @ModelAttribute("minPasswordLength")
    int minPasswordLength() {
        return UserManagement.MIN_PASSWORD_LENGTH;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Role role,
                @RequestParam(defaultValue = "0") int page, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        Page<UserAccount> found = users.search(q, role, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        List<Long> organizationIds = found.stream().map(UserAccount::organizationId).filter(Objects::nonNull)
                .distinct().toList();
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("roles", Role.values());
        model.addAttribute("found", found);
        model.addAttribute("organizations", directory.organizations(organizationIds));
        return Htmx.wantsFragment(request, response) ? "identity/users :: table" : "identity/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("userForm", new UserForm());
        return newUserPage(model);
    }

    @PostMapping
    String register(@ModelAttribute UserForm userForm, BindingResult errors, Actor actor, Model model,
                    RedirectAttributes flash) {
        try {
            UserSummary created = users.register(userForm.toNewUser(), actor);
            flash.addFlashAttribute("notice", "users.created");
            flash.addFlashAttribute("noticeArg", created.email());
            return "redirect:/admin/users/" + created.id();
        } catch (InvalidInput | Conflict refused) {
            FormErrors.reject(errors, refused, "users", UserManagement.MIN_PASSWORD_LENGTH);
        }
        return newUserPage(model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserAccount account = users.account(id);
        UserForm form = UserForm.of(account);
        form.setSkills(String.join(", ", directory.skillsOf(id)));
        model.addAttribute("userForm", form);
        model.addAttribute("passwordForm", new PasswordForm());
        return editPage(account, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute UserForm userForm, BindingResult errors, Actor actor,
                  Model model, RedirectAttributes flash) {
        try {
            UserSummary saved = users.update(id, userForm.toChanges(), actor);
            users.changeSkills(id, saved.role().isStaff() ? userForm.skillList() : List.of(), actor);
            flash.addFlashAttribute("notice", "users.saved");
            flash.addFlashAttribute("noticeArg", saved.email());
            return "redirect:/admin/users/" + id;
        } catch (InvalidInput | Conflict refused) {
            FormErrors.reject(errors, refused, "users", UserManagement.MIN_PASSWORD_LENGTH);
        }
        model.addAttribute("passwordForm", new PasswordForm());
        return editPage(users.account(id), model);
    }

    @PostMapping("/{id}/password")
    String setPassword(@PathVariable long id, @ModelAttribute PasswordForm passwordForm, BindingResult errors,
                       Actor actor, Model model, RedirectAttributes flash) {
        try {
            users.setPassword(id, passwordForm.getPassword(), actor);
            flash.addFlashAttribute("notice", "users.passwordSet");
            return "redirect:/admin/users/" + id;
        } catch (InvalidInput refused) {
            FormErrors.reject(errors, refused, "users", UserManagement.MIN_PASSWORD_LENGTH);
        }
        UserAccount account = users.account(id);
        UserForm form = UserForm.of(account);
        form.setSkills(String.join(", ", directory.skillsOf(id)));
        model.addAttribute("userForm", form);
        return editPage(account, model);
    }

    private String newUserPage(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("organizations", directory.organizations());
        return "identity/user-new";
    }

    private String editPage(UserAccount account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("roles", Role.values());
        model.addAttribute("organizations", directory.organizations());
        return "identity/user-edit";
    }
}
