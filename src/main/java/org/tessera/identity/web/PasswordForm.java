package org.tessera.identity.web;

/** A new password an administrator sets for someone. */
class PasswordForm {

    private String password = "";

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
