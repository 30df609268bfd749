package org.tessera.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tessera.portal.internal.Letter;
import org.tessera.portal.internal.OutboxMail;

/**
 * What the portal wrote to someone: letters in the email outbox, and those it could not hand to the outbox (which it
 * logs instead). Tests follow the links in them as their recipient would.
 */
public class SentMail {

    private final OutboxMail mail;
    private final JdbcTemplate jdbc;

    public SentMail(OutboxMail mail, JdbcTemplate jdbc) {
        this.mail = mail;
        this.jdbc = jdbc;
    }

    /** The texts sent to this address, oldest first. */
    public List<String> to(String email) {
        var texts = new ArrayList<String>();
        for (Letter letter : mail.unsent()) {
            if (letter.to().equalsIgnoreCase(email)) {
                texts.add(letter.subject() + "\n" + letter.text());
            }
        }
        texts.addAll(jdbc.queryForList("select subject || chr(10) || body_text from email_outbox where lower(recipient) = lower(?) "
                + "order by id", String.class, email));
        return texts;
    }

    /** The path of the last link to a page under {@code prefix} sent to this address. */
    public Optional<String> lastLink(String email, String prefix) {
        String found = null;
        Pattern link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(prefix) + "[A-Za-z0-9_\\-]+)");
        for (String text : to(email)) {
            Matcher m = link.matcher(text);
            while (m.find()) {
                found = m.group(1);
            }
        }
        return Optional.ofNullable(found);
    }

    public String link(String email, String prefix) {
        return lastLink(email, prefix).orElseThrow(() -> new AssertionError("No link to " + prefix + " sent to "
                + email + "; sent: " + to(email)));
    }
}
