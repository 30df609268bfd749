package org.tessera.notification.internal;

import org.tessera.identity.UserSummary;
import org.tessera.notification.NotificationEvent;

/** One person to tell, and what. */
record Recipient(UserSummary user, NotificationEvent event) {
}
