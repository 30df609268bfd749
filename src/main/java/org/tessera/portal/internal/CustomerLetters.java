package org.tessera.portal.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tessera.web.Branding;
import org.tessera.web.PublicAddress;

/**
 * The portal's emails, written in the recipient's language with the product's name, each with the one link it is
 * about. Plain text: these are short, and a link must survive every mail client.
 */
@Component
public class CustomerLetters {

    private final MessageSource messages;
    private final Branding branding;
    private final PublicAddress address;
    private final CustomerMail mail;

    CustomerLetters(MessageSource messages, Branding branding, PublicAddress address, CustomerMail mail) {
        this.messages = messages;
        this.branding = branding;
        this.address = address;
        this.mail = mail;
    }

    public boolean accountMailDelivered() {
        return mail.deliversAccountMail();
    }

    public void signInLink(String email, String name, String token, Locale locale) {
        send("portal-sign-in:" + Tokens.hash(token), email, name, null, locale, "signIn",
                address.of("/portal/signin-link/" + token));
    }

    /** The link to choose a password: for a new account, or for an existing one whose owner forgot it. */
    public void passwordLink(String email, String name, String token, boolean existing, Locale locale) {
        send("portal-password:" + Tokens.hash(token), email, name, null, locale, existing ? "reset" : "signUp",
                address.of("/portal/password/" + token));
    }

    public void confirmRequest(String email, String name, String subject, String token, Locale locale) {
        send("portal-confirm:" + Tokens.hash(token), email, name, null, locale, "confirm",
                address.of("/portal/confirm/" + token), subject);
    }

    public void rateTicket(String email, String name, long ticketId, long number, String subject, String token,
                           Locale locale) {
        String link = address.of("/portal/rate/" + token);
        send("portal-rating:" + ticketId, email, name, ticketId, locale, "rating", link + "?score=good",
                link + "?score=bad", "#" + number, subject);
    }

    private void send(String eventKey, String email, String name, Long ticketId, Locale locale, String kind,
                      Object... args) {
        String product = branding.productName();
        Object[] withProduct = new Object[args.length + 2];
        withProduct[0] = product;
        withProduct[1] = name == null || name.isBlank() ? email : name;
        System.arraycopy(args, 0, withProduct, 2, args.length);
        String subject = messages.getMessage("portal.mail." + kind + ".subject", withProduct, locale);
        String text = messages.getMessage("portal.mail." + kind + ".text", withProduct, locale);
        mail.send(new Letter(eventKey, email, name, ticketId, subject, text));
    }
}
