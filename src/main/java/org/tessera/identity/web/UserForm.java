package org.tessera.identity.web;

import org.tessera.identity.NewUser;
import org.tessera.identity.Role;
import org.tessera.identity.UserAccount;
import org.tessera.identity.UserChanges;

/** The administrator's form for a new or an existing user account. */
class UserForm {

    private String email = "";
    private String name = "";
    private Role role = Role.CUSTOMER;
    private Long organizationId;
    private String password = "";
    private boolean active = true;
    private String skills = "";

    static UserForm of(UserAccount account) {
        var form = new UserForm();
        form.email = account.email();
        form.name = account.name();
        form.role = account.role();
        form.organizationId = account.organizationId();
        form.active = account.active();
        return form;
    }

    NewUser toNewUser() {
        return new NewUser(email, name, role, organizationId, password == null || password.isEmpty() ? null : password);
    }

    UserChanges toChanges() {
        return new UserChanges(email, name, role, organizationId, active);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getSkills() {
        return skills;
    }

    public void setSkills(String skills) {
        this.skills = skills;
    }

    /** Skills as typed: separated by commas or spaces. */
    java.util.List<String> skillList() {
        return skills == null || skills.isBlank() ? java.util.List.of()
                : java.util.List.of(skills.trim().split("[,\\s]+"));
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
