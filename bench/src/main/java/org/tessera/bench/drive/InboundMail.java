package org.tessera.bench.drive;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Properties;

/** A virtual user's SMTP connection to Tessera's built-in receiver, kept open across messages as a relay does. */
final class InboundMail implements AutoCloseable {

    private final Session session;
    private final String host;
    private final int port;
    private Transport transport;

    InboundMail(String host, int port) {
        var properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "60000");
        properties.put("mail.smtp.localhost", "bench.example");
        this.session = Session.getInstance(properties);
        this.host = host;
        this.port = port;
    }

    static boolean answers(String host, int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    void send(String from, String to, String subject, String body, String messageId) throws MessagingException {
        var message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        message.setSentDate(new java.util.Date());
        message.saveChanges();
        try {
            if (transport == null || !transport.isConnected()) {
                transport = session.getTransport("smtp");
                transport.connect(host, port, null, null);
            }
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // Going away anyway.
            }
            transport = null;
        }
    }
}
