package org.tessera.email.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.TooMuchDataException;
import org.subethamail.smtp.server.SMTPServer;
import org.tessera.email.Arrival;
import org.tessera.email.IntakeResult;
import org.tessera.email.MailIntake;

/**
 * The built-in SMTP receiver (on when TESSERA_SMTP_PORT is set): a site points its MX or a relay at Tessera, or
 * anyone tests with a mail client, without a separate mailbox. It accepts mail only for Tessera's addresses (each
 * mailbox and its plus addresses), answers 250 only once the email is committed, and 451 (try again later) when it
 * could not be stored, so the sending server keeps it. As the last hop it writes the envelope sender into a
 * Return-Path header (RFC 5321 4.4), so a message without a From line (a script's, a device's) is still answered.
 */
@Component
public class SmtpReceiver implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SmtpReceiver.class);

    private final EmailSettings settings;
    private final MailIntake intake;
    private final MailboxDirectory mailboxes;
    private final Integer port;
    private volatile SMTPServer server;

    @org.springframework.beans.factory.annotation.Autowired
    SmtpReceiver(EmailSettings settings, MailIntake intake, MailboxDirectory mailboxes) {
        this(settings, intake, mailboxes, settings.smtpPort());
    }

    /** A receiver on a port of its own choosing (0: any free port). */
    public SmtpReceiver(EmailSettings settings, MailIntake intake, MailboxDirectory mailboxes, Integer port) {
        this.settings = settings;
        this.intake = intake;
        this.mailboxes = mailboxes;
        this.port = port;
    }

    @Override
    public synchronized void start() {
        if (port == null || server != null) {
            return;
        }
        mailboxes.support();
        server = SMTPServer.port(port)
                .bindAddress(bindAddress())
                .hostName(settings.messageIdDomain())
                .softwareName("Tessera")
                .maxMessageSize((int) Math.min(Integer.MAX_VALUE, settings.maxMessageSize().toBytes()))
                .insertReceivedHeaders()
                .messageHandlerFactory(Delivery::new)
                .build();
        server.start();
        log.info("SMTP receiver listening on port {} for {} and the other mailbox addresses", port(),
                settings.supportAddress());
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /** The port it listens on, or -1 when it is off. */
    public int port() {
        SMTPServer s = server;
        return s == null ? -1 : s.getPortAllocated();
    }

    private InetAddress bindAddress() {
        try {
            return InetAddress.getByName(settings.smtpBind());
        } catch (UnknownHostException e) {
            throw new IllegalStateException("TESSERA_SMTP_BIND is no address: " + settings.smtpBind(), e);
        }
    }

    /** One SMTP transaction: the recipients it names, then its data. */
    private final class Delivery implements MessageHandler {

        private final List<String> recipients = new ArrayList<>();
        private String envelopeSender;

        Delivery(MessageContext context) {
        }

        @Override
        public void from(String from) {
            envelopeSender = from;
        }

        @Override
        public void recipient(String recipient) throws RejectException {
            if (!mailboxes.isOurs(recipient)) {
                throw new RejectException(550, "5.1.1 <" + recipient + ">: no such mailbox here");
            }
            recipients.add(recipient);
        }

        @Override
        public String data(InputStream data) throws RejectException, TooMuchDataException, IOException {
            // SIZE is advertised, but a client may send more without declaring it: refuse it at the end of DATA, so
            // the sender's server bounces it with the reason instead of the helpdesk holding what it cannot take.
            long limit = settings.maxMessageSize().toBytes();
            byte[] body = data.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
            if (body.length > limit) {
                data.transferTo(OutputStream.nullOutputStream());
                throw new RejectException(552, "5.3.4 Message larger than the " + settings.maxMessageSize().toMegabytes()
                        + " MB this helpdesk accepts");
            }
            byte[] raw = withReturnPath(envelopeSender, body);
            try {
                IntakeResult result = intake.receive(raw, Arrival.smtp(recipients));
                return result.isQuarantined() ? "250 2.0.0 Ok: held for review"
                        : "250 2.0.0 Ok: ticket " + (result.ticketNumber() == null ? result.ticketId()
                        : "#" + result.ticketNumber());
            } catch (RuntimeException unavailable) {
                log.error("An email received by SMTP could not be stored; the sender was told to try again",
                        unavailable);
                throw new RejectException(451, "4.3.0 Temporary failure, please try again later");
            }
        }

        @Override
        public void done() {
        }
    }

    /** The message as delivered: the envelope sender ({@code <>} for a bounce) in a Return-Path line on top. */
    static byte[] withReturnPath(String envelopeSender, byte[] message) {
        String sender = envelopeSender == null ? "" : envelopeSender.replaceAll("[\\r\\n<>]", "").strip();
        byte[] line = ("Return-Path: <" + sender + ">\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] delivered = java.util.Arrays.copyOf(line, line.length + message.length);
        System.arraycopy(message, 0, delivered, line.length, message.length);
        return delivered;
    }
}
