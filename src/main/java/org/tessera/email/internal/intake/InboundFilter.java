package org.tessera.email.internal.intake;

/**
 * One step of the intake, in a fixed order (by {@link org.springframework.core.annotation.Order}): each looks at the
 * email and records what it finds on the {@link Inbound}, or holds the email in quarantine.
 */
public interface InboundFilter {

    void apply(Inbound inbound);
}
