package org.tessera.demo;

/** The language a demo person writes in; tickets and replies follow the requester's. */
enum Language {
    EN("en", "Hi %s,", "Best regards,", "our company"),
    PT("pt", "Olá, %s!", "Abraço,", "empresa");

    private final String locale;
    private final String greeting;
    private final String signOff;
    private final String ownCompany;

    Language(String locale, String greeting, String signOff, String ownCompany) {
        this.locale = locale;
        this.greeting = greeting;
        this.signOff = signOff;
        this.ownCompany = ownCompany;
    }

    String locale() {
        return locale;
    }

    /** How someone without an organization refers to where they work. */
    String ownCompany() {
        return ownCompany;
    }

    /** A reply from the helpdesk, the way agents write them. */
    String letter(String to, String body, String from) {
        return greeting.formatted(to) + "\n\n" + body + "\n\n" + signOff + "\n" + from;
    }
}
