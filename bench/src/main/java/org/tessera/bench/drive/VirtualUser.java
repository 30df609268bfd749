package org.tessera.bench.drive;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated agent at a keyboard: an API token, a browser session when a page scenario needs one, an SMTP
 * connection when the email scenario does, and a random generator of its own. Used by one thread at a time.
 */
final class VirtualUser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("(JSESSIONID=[^;]+)");

    final int index;
    final String email;
    final String token;
    final SplittableRandom random;
    private String cookie;
    InboundMail mail;

    VirtualUser(int index, String email, String token) {
        this.index = index;
        this.email = email;
        this.token = token;
        this.random = new SplittableRandom(index * 7_919L + System.nanoTime());
    }

    /** Signs in through the form as a browser does: fetch the page for its CSRF token, post the credentials. */
    String session(Http http, String password) throws IOException, InterruptedException {
        if (cookie != null) {
            return cookie;
        }
        Http.Response form = http.send(http.request("/login").GET());
        String first = sessionCookie(form);
        Matcher csrf = CSRF.matcher(form.body());
        if (first == null || !csrf.find()) {
            throw new Http.Failure("GET /login gave no session or CSRF token");
        }
        Http.Response signedIn = http.send(http.request("/login").header("Cookie", first)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Http.form(Map.of(
                        "username", email, "password", password, "_csrf", csrf.group(1))))));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.status() != 302 || location.contains("error") || location.contains("locked")) {
            throw new Http.Failure("POST /login as " + email + " -> " + signedIn.status() + " " + location);
        }
        String renewed = sessionCookie(signedIn);
        cookie = renewed != null ? renewed : first;
        return cookie;
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String sessionCookie(Http.Response response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION.matcher(header);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
