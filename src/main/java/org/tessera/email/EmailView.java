package org.tessera.email;

import java.time.Instant;
import java.util.Set;

/**
 * An email as it is shown in its place in a ticket's conversation: who wrote it to whom, how it was threaded, and
 * its body ready to show ({@code html}: the sanitized HTML with inline images in place, remote images waiting for
 * the reader's consent, quoted history and signatures folded; or the plain text, escaped, folded the same way).
 */
public record EmailView(long emailId, long messageId, String from, String fromName, String to, String cc,
                        String subject, Instant sentAt, Threading threadedBy, String threadingDetail,
                        String receivedVia, String mailbox, String noAutoReply, String problems, String html,
                        boolean formatted, boolean remoteImages, Set<Long> inlineAttachmentIds) {

    /** Whether an attachment is shown inside the body (an inline image), so the file list can leave it out. */
    public boolean shows(long attachmentId) {
        return inlineAttachmentIds.contains(attachmentId);
    }
}
