package org.tessera.ticket;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tessera.runtime.CachedSnapshot;
import org.tessera.identity.Actor;
import org.tessera.shared.Conflict;
import org.tessera.shared.Forbidden;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;
import org.tessera.ticket.internal.CustomField;
import org.tessera.ticket.internal.CustomFields;
import org.tessera.ticket.internal.TicketStatus;
import org.tessera.ticket.internal.TicketStatuses;
import org.tessera.ticket.internal.TicketType;
import org.tessera.ticket.internal.TicketTypes;
import org.tessera.ticket.internal.Tickets;

/**
 * Ticket types, their statuses and transitions, and custom fields: read by every ticket operation through a cached
 * {@link Catalog}, changed by administrators.
 */
@Service
@Transactional
public class Workflows {

    private static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");

    private final TicketTypes types;
    private final TicketStatuses statuses;
    private final CustomFields fields;
    private final Tickets tickets;
    private final CachedSnapshot<Catalog> catalog;

    Workflows(TicketTypes types, TicketStatuses statuses, CustomFields fields, Tickets tickets,
              PlatformTransactionManager transactions) {
        this.types = types;
        this.statuses = statuses;
        this.fields = fields;
        this.tickets = tickets;
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.catalog = new CachedSnapshot<>(Duration.ofSeconds(20), () -> readOnly.execute(status -> load()));
    }

    /** From memory: no transaction, no connection, unless it has to be read again. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Catalog catalog() {
        return catalog.get();
    }

    private Catalog load() {
        var byType = statuses.findAllWithTransitions().stream()
                .collect(Collectors.groupingBy(TicketStatus::typeId));
        var typeViews = types.findAllByOrderByPositionAscIdAsc().stream()
                .map(t -> new TicketTypeView(t.id(), t.key(), t.name(), t.position(), t.active(),
                        byType.getOrDefault(t.id(), List.of()).stream()
                                .map(TicketStatus::view)
                                .sorted((a, b) -> a.position() != b.position()
                                        ? Integer.compare(a.position(), b.position()) : Long.compare(a.id(), b.id()))
                                .toList()))
                .filter(t -> !t.statuses().isEmpty())
                .toList();
        var fieldViews = fields.findAllByOrderByPositionAscIdAsc().stream().map(CustomField::view).toList();
        return new Catalog(typeViews, fieldViews);
    }

    /** Forget the cached catalog once the change is committed, so readers never see an uncommitted configuration. */
    private void changed() {
        catalog.changed();
    }

    public TicketTypeView createType(String key, String name, Actor actor) {
        requireAdmin(actor);
        String cleanKey = requireKey(key);
        if (types.existsByKey(cleanKey)) {
            throw new Conflict("key", "A ticket type with the key " + cleanKey + " already exists");
        }
        TicketType type = types.save(new TicketType(cleanKey, requireName(name), types.findAll().size() + 1));
        // A new type starts with the five categories as statuses, so it is usable at once.
        List<TicketStatus> created = new ArrayList<>();
        int position = 1;
        for (StatusCategory category : StatusCategory.values()) {
            String label = category.name().charAt(0) + category.name().substring(1).toLowerCase();
            created.add(statuses.save(new TicketStatus(type.id(), category.name().toLowerCase(), label, category, position++)));
        }
        statuses.flush();
        for (TicketStatus from : created) {
            Set<Long> next = new HashSet<>();
            for (TicketStatus to : created) {
                StatusCategory f = from.view().category();
                StatusCategory t = to.view().category();
                if (from != to && f != StatusCategory.CLOSED && t != StatusCategory.NEW) {
                    next.add(to.id());
                }
            }
            from.allowTransitionsTo(next);
        }
        changed();
        return new TicketTypeView(type.id(), type.key(), type.name(), type.position(), true,
                created.stream().map(TicketStatus::view).toList());
    }

    public void updateType(long typeId, String name, int position, boolean active, Actor actor) {
        requireAdmin(actor);
        TicketType type = types.findById(typeId).orElseThrow(() -> new NotFound("Ticket type " + typeId));
        if (!active && catalog().activeTypes().size() == 1 && type.active()) {
            throw new Conflict("active", "At least one ticket type must stay active");
        }
        type.describe(requireName(name), position, active);
        changed();
    }

    public StatusView addStatus(long typeId, String key, String name, StatusCategory category, Actor actor) {
        requireAdmin(actor);
        types.findById(typeId).orElseThrow(() -> new NotFound("Ticket type " + typeId));
        String cleanKey = requireKey(key);
        if (category == null) {
            throw new InvalidInput("category", "must be one of NEW, OPEN, PENDING, RESOLVED, CLOSED");
        }
        if (statuses.existsInType(typeId, cleanKey)) {
            throw new Conflict("key", "This type already has a status with the key " + cleanKey);
        }
        int position = statuses.findByTypeIdOrderByPositionAscIdAsc(typeId).size() + 1;
        TicketStatus status = statuses.save(new TicketStatus(typeId, cleanKey, requireName(name), category, position));
        changed();
        return status.view();
    }

    public void updateStatus(long statusId, String name, StatusCategory category, int position, Actor actor) {
        requireAdmin(actor);
        if (category == null) {
            throw new InvalidInput("category", "must be one of NEW, OPEN, PENDING, RESOLVED, CLOSED");
        }
        TicketStatus status = statuses.findById(statusId).orElseThrow(() -> new NotFound("Status " + statusId));
        status.describe(requireName(name), category, position);
        tickets.recategorize(statusId, category.name());
        changed();
    }

    public void removeStatus(long statusId, Actor actor) {
        requireAdmin(actor);
        TicketStatus status = statuses.findById(statusId).orElseThrow(() -> new NotFound("Status " + statusId));
        long inUse = tickets.countByStatusId(statusId);
        if (inUse > 0) {
            throw new Conflict("status", inUse + " tickets have this status; move them to another status first");
        }
        List<TicketStatus> siblings = statuses.findByTypeIdOrderByPositionAscIdAsc(status.typeId());
        if (siblings.size() == 1) {
            throw new Conflict("status", "A ticket type needs at least one status");
        }
        siblings.forEach(s -> s.forgetTransitionTo(statusId));
        statuses.delete(status);
        changed();
    }

    /** Replaces the statuses a ticket may move to from {@code statusId}; all must belong to the same type. */
    public void allowTransitions(long statusId, Collection<Long> nextStatusIds, Actor actor) {
        requireAdmin(actor);
        TicketStatus status = statuses.findById(statusId).orElseThrow(() -> new NotFound("Status " + statusId));
        var sameType = statuses.findByTypeIdOrderByPositionAscIdAsc(status.typeId()).stream()
                .map(TicketStatus::id).collect(Collectors.toSet());
        if (!sameType.containsAll(nextStatusIds)) {
            throw new InvalidInput("next", "transitions must stay within the ticket type");
        }
        status.allowTransitionsTo(nextStatusIds);
        changed();
    }

    public CustomFieldView createField(Long typeId, String key, String label, FieldKind kind, boolean required,
                                       List<String> options, Actor actor) {
        requireAdmin(actor);
        if (typeId != null) {
            types.findById(typeId).orElseThrow(() -> new InvalidInput("typeId", "no ticket type " + typeId));
        }
        String cleanKey = requireKey(key);
        if (kind == null) {
            throw new InvalidInput("kind", "must be one of TEXT, LONG_TEXT, NUMBER, DATE, SINGLE_SELECT, MULTI_SELECT, CHECKBOX");
        }
        if (fields.existsByKey(cleanKey)) {
            throw new Conflict("key", "A custom field with the key " + cleanKey + " already exists");
        }
        var field = new CustomField(typeId, cleanKey, kind);
        field.describe(requireLabel(label), required, cleanOptions(kind, options), fields.findAll().size() + 1, true);
        CustomFieldView view = fields.save(field).view();
        changed();
        return view;
    }

    public void updateField(long fieldId, String label, boolean required, List<String> options, int position,
                            boolean active, Actor actor) {
        requireAdmin(actor);
        CustomField field = fields.findById(fieldId).orElseThrow(() -> new NotFound("Custom field " + fieldId));
        field.describe(requireLabel(label), required, cleanOptions(field.view().kind(), options), position, active);
        changed();
    }

    private static List<String> cleanOptions(FieldKind kind, List<String> options) {
        List<String> clean = options == null ? List.of()
                : options.stream().map(String::trim).filter(o -> !o.isEmpty()).distinct().toList();
        if (kind.hasOptions() && clean.isEmpty()) {
            throw new InvalidInput("options", "a select field needs at least one option");
        }
        return kind.hasOptions() ? clean : List.of();
    }

    private static String requireKey(String key) {
        String clean = key == null ? "" : key.trim();
        if (!KEY.matcher(clean).matches()) {
            throw new InvalidInput("key", "use lowercase letters, digits and _ (starting with a letter, at most 40)");
        }
        return clean;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "must not be empty");
        }
        return name.trim();
    }

    private static String requireLabel(String label) {
        if (label == null || label.isBlank()) {
            throw new InvalidInput("label", "must not be empty");
        }
        return label.trim();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new Forbidden("Only administrators configure ticket types");
        }
    }
}
