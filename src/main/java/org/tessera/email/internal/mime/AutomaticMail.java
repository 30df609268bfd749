package org.tessera.email.internal.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the headers say about who sent a message: a machine answering (RFC 3834 Auto-Submitted, vacation replies),
 * bulk or list mail, or a mail server reporting on delivery. Any of these means: never answer it automatically.
 */
public record AutomaticMail(boolean autoSubmitted, boolean bulk, boolean list, boolean mailerDaemon, boolean report) {

    public static final AutomaticMail NONE = new AutomaticMail(false, false, false, false, false);

    public boolean any() {
        return autoSubmitted || bulk || list || mailerDaemon || report;
    }

    /** Why no automatic answer may go to this sender, for the record ("auto-submitted, list mail"). */
    public String reasons() {
        List<String> reasons = new ArrayList<>();
        if (autoSubmitted) reasons.add("auto-submitted");
        if (bulk) reasons.add("bulk");
        if (list) reasons.add("mailing list");
        if (mailerDaemon) reasons.add("mail server");
        if (report) reasons.add("delivery report");
        return String.join(", ", reasons);
    }

    static AutomaticMail of(RawHeaders h, String senderAddress, String topType) {
        String autoSubmitted = h.lower("Auto-Submitted");
        String precedence = h.lower("Precedence");
        String suppress = h.lower("X-Auto-Response-Suppress");
        boolean auto = !autoSubmitted.isEmpty() && !autoSubmitted.startsWith("no")
                || h.has("X-Autoreply") || h.has("X-Autorespond") || h.has("X-Autoresponder")
                || h.lower("X-Auto-Reply").equals("yes") || precedence.equals("auto_reply")
                || suppress.contains("all") || suppress.contains("autoreply") || suppress.contains("oof")
                || h.has("X-Loop") || h.lower("X-Mailer").contains("auto-reply");
        boolean bulk = precedence.equals("bulk") || precedence.equals("junk")
                || h.lower("X-Spam-Flag").equals("yes") || h.has("Feedback-ID") && h.has("List-Unsubscribe");
        boolean list = precedence.equals("list") || h.has("List-Id") || h.has("List-Unsubscribe")
                || h.has("List-Post") || h.has("Mailing-List");
        String local = senderAddress == null ? "" : senderAddress.toLowerCase(Locale.ROOT);
        int at = local.indexOf('@');
        local = at < 0 ? local : local.substring(0, at);
        String returnPath = h.lower("Return-Path");
        boolean daemon = local.equals("mailer-daemon") || local.equals("postmaster") || local.startsWith("noreply")
                || local.startsWith("no-reply") || local.startsWith("donotreply") || local.startsWith("do-not-reply")
                || returnPath.equals("<>");
        boolean report = topType.equals("multipart/report");
        return new AutomaticMail(auto, bulk, list, daemon, report);
    }
}
