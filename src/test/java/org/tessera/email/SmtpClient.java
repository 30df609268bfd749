package org.tessera.email;

import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Properties;

/** A mail client talking SMTP to a server, as a customer's mail program does. */
public final class SmtpClient {

    private SmtpClient() {
    }

    public static void send(int port, byte[] raw, String... recipients) throws Exception {
        sendAs(null, port, raw, recipients);
    }

    /** With the envelope sender (MAIL FROM) given, as scripts and devices send mail that has no From line. */
    public static void sendAs(String envelopeSender, int port, byte[] raw, String... recipients) throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(port));
        if (envelopeSender != null) {
            p.put("mail.smtp.from", envelopeSender);
        }
        Session session = Session.getInstance(p);
        var message = new MimeMessage(session, new ByteArrayInputStream(raw)) {
            @Override
            protected void updateMessageID() {
                // keep the Message-ID the client wrote
            }
        };
        var to = new InternetAddress[recipients.length];
        for (int i = 0; i < recipients.length; i++) {
            to[i] = new InternetAddress(recipients[i]);
        }
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, to);
        }
    }
}
