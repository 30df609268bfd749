package org.tessera.demo;

/** Somebody in the demo helpdesk, as the stories need them: who, in which language, in which organization. */
record DemoPerson(long id, String name, String email, Language language, Long organizationId,
                  String organization) {

    String workplace() {
        return organization == null ? language.ownCompany() : organization;
    }

    String firstName() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
