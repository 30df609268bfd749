package org.tessera.identity.web;

import org.tessera.identity.Role;
import org.tessera.identity.UserAccount;
import org.tessera.identity.UserSummary;

/** A user in the API. */
record UserJson(long id, String email, String name, Role role, Long organizationId, String locale, Boolean active) {

    static UserJson of(UserAccount a) {
        return new UserJson(a.id(), a.email(), a.name(), a.role(), a.organizationId(), a.locale(), a.active());
    }

    static UserJson of(UserSummary s) {
        return new UserJson(s.id(), s.email(), s.name(), s.role(), s.organizationId(), null, null);
    }
}
