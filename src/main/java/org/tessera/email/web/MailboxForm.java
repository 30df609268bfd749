package org.tessera.email.web;

import org.tessera.email.MailboxSettings;
import org.tessera.email.MailboxSettings.AfterImport;
import org.tessera.email.MailboxSettings.Auth;
import org.tessera.email.MailboxSettings.Protocol;
import org.tessera.email.MailboxSettings.Security;
import org.tessera.email.MailboxView;

/** The mailbox form as the browser sends it; secrets left empty keep what is stored. */
public class MailboxForm {

    private String name;
    private String address;
    private Protocol protocol = Protocol.IMAP;
    private String host;
    private Integer port;
    private Security security = Security.SSL;
    private String username;
    private String password;
    private Auth auth = Auth.PASSWORD;
    private String oauthTokenUrl;
    private String oauthClientId;
    private String oauthClientSecret;
    private String oauthRefreshToken;
    private String oauthScope;
    private String folder = "INBOX";
    private AfterImport afterImport = AfterImport.DELETE;
    private String moveToFolder;
    private boolean useIdle = true;
    private Integer pollSeconds = 60;
    private Long teamId;
    private String typeKey;
    private boolean plusAddressing = true;
    private String smtpHost;
    private Integer smtpPort;
    private Security smtpSecurity = Security.STARTTLS;
    private String smtpUsername;
    private String smtpPassword;
    private boolean active = true;

    static MailboxForm of(MailboxView m) {
        var form = new MailboxForm();
        form.name = m.name();
        form.address = m.address();
        form.protocol = m.protocol();
        form.host = m.host();
        form.port = m.port();
        form.security = m.security();
        form.username = m.username();
        form.auth = m.auth();
        form.oauthTokenUrl = m.oauthTokenUrl();
        form.oauthClientId = m.oauthClientId();
        form.oauthScope = m.oauthScope();
        form.folder = m.folder();
        form.afterImport = m.afterImport();
        form.moveToFolder = m.moveToFolder();
        form.useIdle = m.useIdle();
        form.pollSeconds = m.pollSeconds();
        form.teamId = m.teamId();
        form.typeKey = m.typeKey();
        form.plusAddressing = m.plusAddressing();
        form.smtpHost = m.smtpHost();
        form.smtpPort = m.smtpPort();
        form.smtpSecurity = m.smtpSecurity();
        form.smtpUsername = m.smtpUsername();
        form.active = m.active();
        return form;
    }

    MailboxSettings settings() {
        return new MailboxSettings(name, address, protocol, host, port, security, username, password, auth,
                oauthTokenUrl, oauthClientId, oauthClientSecret, oauthRefreshToken, oauthScope, folder, afterImport,
                moveToFolder, useIdle, pollSeconds, teamId, typeKey, plusAddressing, smtpHost, smtpPort, smtpSecurity,
                smtpUsername, smtpPassword, active);
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public Protocol getProtocol() { return protocol; }
    public void setProtocol(Protocol v) { protocol = v; }
    public String getHost() { return host; }
    public void setHost(String v) { host = v; }
    public Integer getPort() { return port; }
    public void setPort(Integer v) { port = v; }
    public Security getSecurity() { return security; }
    public void setSecurity(Security v) { security = v; }
    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
    public Auth getAuth() { return auth; }
    public void setAuth(Auth v) { auth = v; }
    public String getOauthTokenUrl() { return oauthTokenUrl; }
    public void setOauthTokenUrl(String v) { oauthTokenUrl = v; }
    public String getOauthClientId() { return oauthClientId; }
    public void setOauthClientId(String v) { oauthClientId = v; }
    public String getOauthClientSecret() { return oauthClientSecret; }
    public void setOauthClientSecret(String v) { oauthClientSecret = v; }
    public String getOauthRefreshToken() { return oauthRefreshToken; }
    public void setOauthRefreshToken(String v) { oauthRefreshToken = v; }
    public String getOauthScope() { return oauthScope; }
    public void setOauthScope(String v) { oauthScope = v; }
    public String getFolder() { return folder; }
    public void setFolder(String v) { folder = v; }
    public AfterImport getAfterImport() { return afterImport; }
    public void setAfterImport(AfterImport v) { afterImport = v; }
    public String getMoveToFolder() { return moveToFolder; }
    public void setMoveToFolder(String v) { moveToFolder = v; }
    public boolean isUseIdle() { return useIdle; }
    public void setUseIdle(boolean v) { useIdle = v; }
    public Integer getPollSeconds() { return pollSeconds; }
    public void setPollSeconds(Integer v) { pollSeconds = v; }
    public Long getTeamId() { return teamId; }
    public void setTeamId(Long v) { teamId = v; }
    public String getTypeKey() { return typeKey; }
    public void setTypeKey(String v) { typeKey = v; }
    public boolean isPlusAddressing() { return plusAddressing; }
    public void setPlusAddressing(boolean v) { plusAddressing = v; }
    public String getSmtpHost() { return smtpHost; }
    public void setSmtpHost(String v) { smtpHost = v; }
    public Integer getSmtpPort() { return smtpPort; }
    public void setSmtpPort(Integer v) { smtpPort = v; }
    public Security getSmtpSecurity() { return smtpSecurity; }
    public void setSmtpSecurity(Security v) { smtpSecurity = v; }
    public String getSmtpUsername() { return smtpUsername; }
    public void setSmtpUsername(String v) { smtpUsername = v; }
    public String getSmtpPassword() { return smtpPassword; }
    public void setSmtpPassword(String v) { smtpPassword = v; }
    public boolean isActive() { return active; }
    public void setActive(boolean v) { active = v; }
}
