package org.tessera.email;

import java.net.http.HttpRequest;
import org.tessera.support.Api;

/** Posting raw emails to the API, as an import script or a mail gateway would. */
public final class Inbox {

    private Inbox() {
    }

    public static Api.Response deliver(Api api, byte[] raw) {
        return api.send(api.request("/api/v1/mail/inbound").header("Content-Type", "message/rfc822")
                .POST(HttpRequest.BodyPublishers.ofByteArray(raw)));
    }

    public static Api.Response deliver(Api api, Mails mail) {
        return deliver(api, mail.bytes());
    }
}
