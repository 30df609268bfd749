package org.tessera.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Test data for people, made through the API as the administrator: every call makes new, uniquely named users and
 * organizations, so tests never share or depend on each other's data.
 */
public class People {

    public static final String PASSWORD = "correct-horse-battery";

    private final Api admin;

    public People(Api api) {
        this.admin = api.asAdmin();
    }

    public Api admin() {
        return admin;
    }

    public Person agent() {
        return user("AGENT", null);
    }

    public Person collaborator() {
        return user("COLLABORATOR", null);
    }

    public Person customer() {
        return user("CUSTOMER", null);
    }

    public Person customerOf(long organizationId) {
        return user("CUSTOMER", organizationId);
    }

    public long organization(boolean sharesTickets) {
        var body = Map.of("name", "Org " + unique(), "domains", List.of(unique() + ".example"),
                "sharesTickets", sharesTickets);
        var response = admin.post("/api/v1/organizations", body);
        if (response.status() != 201) {
            throw new IllegalStateException(response.toString());
        }
        return response.json().get("id").asLong();
    }

    public Person user(String role, Long organizationId) {
        String email = role.toLowerCase() + "-" + unique() + "@example.com";
        var body = new LinkedHashMap<String, Object>();
        body.put("email", email);
        body.put("name", role.charAt(0) + role.substring(1).toLowerCase() + " " + unique().substring(0, 4));
        body.put("role", role);
        body.put("password", PASSWORD);
        if (organizationId != null) {
            body.put("organizationId", organizationId);
        }
        var response = admin.post("/api/v1/users", body);
        if (response.status() != 201) {
            throw new IllegalStateException(response.toString());
        }
        return new Person(response.json().get("id").asLong(), email, admin.tokenFor(email, PASSWORD), admin);
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A user with an API client signed in as them. */
    public record Person(long id, String email, String token, Api adminApi) {

        public Api api() {
            return adminApi.as(token);
        }
    }
}
