package org.tessera.demo;

/** The language a demo person writes in; tickets and replies follow the requester's. */
enum Language {
    EN("en"), PT("pt");

    private final String locale;

    Language(String locale) {
        this.locale = locale;
    }

    String locale() {
        return locale;
    }
}
