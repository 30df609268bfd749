package org.tessera.identity.web;

/** The name a user gives a new API token, to recognise it later in the list. */
class TokenForm {

    private String name = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
