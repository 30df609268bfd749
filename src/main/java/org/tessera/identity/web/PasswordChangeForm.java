package org.tessera.identity.web;

/** A user changing their own password: the current one, and the new one typed twice. */
class PasswordChangeForm {

    private String currentPassword = "";
    private String newPassword = "";
    private String repeatPassword = "";

    boolean repeatedCorrectly() {
        return newPassword != null && newPassword.equals(repeatPassword);
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
