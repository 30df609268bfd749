package org.tessera.email;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The mail a test's mail server received, waited for and read as a person's inbox. */
public final class Received {

    private Received() {
    }

    /** Waits until this address has received the given number of emails, and answers them oldest first. */
    public static List<MimeMessage> inbox(GreenMail server, String address, int count) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> of(server, address).size() >= count);
        return of(server, address);
    }

    public static List<MimeMessage> of(GreenMail server, String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
    }

    public static String header(MimeMessage message, String name) {
        try {
            String value = message.getHeader(name, " ");
            return value == null ? null : value.replaceAll("\\s+", " ").strip();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(MimeMessage message) {
        try {
            var out = new ByteArrayOutputStream();
            message.writeTo(out);
            return new org.tessera.email.internal.mime.MimeParser().parse(out.toByteArray()).text();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] raw(MimeMessage message) {
        try {
            var out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().toLowerCase().contains(address.toLowerCase()));
        } catch (MessagingException e) {
            return false;
        }
    }
}
