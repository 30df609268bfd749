package org.tessera.email.internal.intake;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tessera.shared.NotFound;

/**
 * Questions whose answer may be "no such thing" (a ticket number in a subject), asked in a read-only transaction of
 * their own: a NotFound thrown through another module's transactional service would otherwise mark the whole intake
 * for rollback. Only for things that existed before this email arrived.
 */
@Component
class Lookups {

    private final TransactionTemplate separately;

    Lookups(PlatformTransactionManager transactions) {
        separately = new TransactionTemplate(transactions);
        separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        separately.setReadOnly(true);
    }

    <T> Optional<T> find(Supplier<T> question) {
        try {
            return Optional.ofNullable(separately.execute(status -> question.get()));
        } catch (NotFound none) {
            return Optional.empty();
        }
    }
}
