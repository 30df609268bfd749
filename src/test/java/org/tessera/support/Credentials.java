package org.tessera.support;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** HTTP Basic credentials, for the one place the API accepts them (issuing tokens) and the places it must not. */
public final class Credentials {

    private Credentials() {
    }

    public static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** POST /api/v1/tokens with these credentials, answered as it comes. */
    public static Api.Response requestToken(Api api, String email, String password) {
        return api.send(api.request("/api/v1/tokens")
                .header("Authorization", basic(email, password))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"script\"}")));
    }
}
