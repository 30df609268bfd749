package org.tessera.email;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tessera.support.Api;
import org.tessera.support.People;

/**
 * A real mail server for a test (GreenMail: SMTP, IMAP and POP3 on free ports), and a mailbox in Tessera whose
 * outgoing mail goes through it, so that what Tessera sends lands in the test's customers' inboxes.
 */
public final class MailServers {

    private MailServers() {
    }

    public static GreenMail start() {
        ServerSetup[] setups = ServerSetup.dynamicPort(ServerSetupTest.SMTP_POP3_IMAP);
        for (ServerSetup setup : setups) {
            setup.setServerStartupTimeout(10_000);
        }
        var greenMail = new GreenMail(setups);
        greenMail.start();
        return greenMail;
    }

    /** A new receiving mailbox (SMTP receiver, API) named help-...@tessera.test that sends through the server. */
    public static long sendingMailbox(Api admin, GreenMail server, String address) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", "Help " + People.unique());
        body.put("address", address);
        body.put("protocol", "NONE");
        body.put("smtpHost", "127.0.0.1");
        body.put("smtpPort", server.getSmtp().getPort());
        body.put("smtpSecurity", "NONE");
        return created(admin.post("/api/v1/mail/mailboxes", body));
    }

    public static long created(Api.Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException("Mailbox not created: " + response);
        }
        return response.json().get("id").asLong();
    }

    public static Map<String, Object> imap(GreenMail server, String address, String user, String password) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", "IMAP " + People.unique());
        body.put("address", address);
        body.put("protocol", "IMAP");
        body.put("host", "127.0.0.1");
        body.put("port", server.getImap().getPort());
        body.put("security", "NONE");
        body.put("username", user);
        body.put("password", password);
        body.put("pollSeconds", 5);
        body.put("smtpHost", "127.0.0.1");
        body.put("smtpPort", server.getSmtp().getPort());
        body.put("smtpSecurity", "NONE");
        return body;
    }
}
