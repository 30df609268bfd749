package org.tessera.email.internal.mailbox;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tessera.email.MailboxSettings.Protocol;
import org.tessera.email.internal.Mailbox;
import org.tessera.email.internal.Mailboxes;

/**
 * IMAP IDLE for the mailboxes that want it and whose server offers it: a connection per mailbox waits for the server
 * to announce new mail and wakes the poller, so mail arrives in seconds without polling every few seconds. The set
 * of watchers follows the mailboxes' settings; a dropped connection is opened again after a pause.
 */
@Component
class IdleWatchers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IdleWatchers.class);
    private static final long RETRY_MS = 30_000;

    private final Mailboxes mailboxes;
    private final MailStores stores;
    private final MailboxPoller poller;
    private final Map<Long, Watcher> watchers = new ConcurrentHashMap<>();
    private volatile boolean running;

    IdleWatchers(Mailboxes mailboxes, MailStores stores, MailboxPoller poller) {
        this.mailboxes = mailboxes;
        this.stores = stores;
        this.poller = poller;
    }

    @Scheduled(initialDelay = 10_000, fixedDelay = 10_000)
    public void follow() {
        if (!running) {
            return;
        }
        var wanted = new java.util.HashMap<Long, Mailbox>();
        for (Mailbox m : mailboxes.all()) {
            if (m.polled() && m.protocol() == Protocol.IMAP && m.useIdle()) {
                wanted.put(m.id(), m);
            }
        }
        watchers.entrySet().removeIf(entry -> {
            Mailbox now = wanted.get(entry.getKey());
            boolean keep = now != null && entry.getValue().settings().equals(fingerprint(now));
            if (!keep) {
                entry.getValue().stop();
            }
            return !keep;
        });
        wanted.forEach((id, mailbox) -> watchers.computeIfAbsent(id, key -> {
            var watcher = new Watcher(mailbox, fingerprint(mailbox));
            watcher.start();
            return watcher;
        }));
    }

    private static String fingerprint(Mailbox m) {
        return Objects.hash(m.host(), m.port(), m.security(), m.username(), m.password(), m.folder(), m.auth(),
                m.oauthRefreshToken()) + "";
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        watchers.values().forEach(Watcher::stop);
        watchers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** One mailbox's IDLE connection, on a daemon thread of its own. */
    private final class Watcher implements Runnable {

        private final Mailbox mailbox;
        private final String settings;
        private final Thread thread;
        private volatile boolean stopped;
        private volatile Store store;

        Watcher(Mailbox mailbox, String settings) {
            this.mailbox = mailbox;
            this.settings = settings;
            this.thread = new Thread(this, "imap-idle-" + mailbox.id());
            this.thread.setDaemon(true);
        }

        String settings() {
            return settings;
        }

        void start() {
            thread.start();
        }

        void stop() {
            stopped = true;
            Store s = store;
            if (s != null) {
                try {
                    s.close();
                } catch (MessagingException ignored) {
                    // closing anyway
                }
            }
            thread.interrupt();
        }

        @Override
        public void run() {
            while (!stopped && running) {
                try (Store s = stores.connect(mailbox)) {
                    store = s;
                    if (!(s instanceof IMAPStore imap) || !imap.hasCapability("IDLE")) {
                        log.info("Mailbox {} does not offer IMAP IDLE; it is polled every {} s", mailbox.name(),
                                mailbox.pollSeconds());
                        return;
                    }
                    IMAPFolder folder = (IMAPFolder) s.getFolder(mailbox.folder());
                    folder.open(Folder.READ_ONLY);
                    // Mail may have arrived while nobody watched (before this connection): fetch it now.
                    poller.wake(mailbox.id());
                    folder.addMessageCountListener(new MessageCountAdapter() {
                        @Override
                        public void messagesAdded(MessageCountEvent event) {
                            poller.wake(mailbox.id());
                        }
                    });
                    while (!stopped && running && folder.isOpen()) {
                        folder.idle(true);
                    }
                } catch (MessagingException | RuntimeException dropped) {
                    if (!stopped) {
                        log.debug("IDLE on mailbox {} dropped: {}", mailbox.name(), dropped.toString());
                    }
                } finally {
                    store = null;
                }
                sleep();
            }
        }

        private void sleep() {
            try {
                Thread.sleep(RETRY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
            }
        }
    }
}
