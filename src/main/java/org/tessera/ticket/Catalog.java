package org.tessera.ticket;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tessera.shared.InvalidInput;

/** A snapshot of the ticket configuration: types, their statuses, custom fields. Small, read on every ticket use. */
public final class Catalog {

    private final List<TicketTypeView> types;
    private final List<CustomFieldView> fields;
    private final Map<Long, TicketTypeView> typesById;
    private final Map<Long, StatusView> statusesById;

    public Catalog(List<TicketTypeView> types, List<CustomFieldView> fields) {
        this.types = List.copyOf(types);
        this.fields = List.copyOf(fields);
        this.typesById = types.stream().collect(Collectors.toMap(TicketTypeView::id, Function.identity()));
        this.statusesById = types.stream().flatMap(t -> t.statuses().stream())
                .collect(Collectors.toMap(StatusView::id, Function.identity()));
    }

    public List<TicketTypeView> types() {
        return types;
    }

    public List<TicketTypeView> activeTypes() {
        return types.stream().filter(TicketTypeView::active).toList();
    }

    public TicketTypeView type(long id) {
        return typesById.get(id);
    }

    public Optional<TicketTypeView> type(String key) {
        return types.stream().filter(t -> t.key().equalsIgnoreCase(key) || t.name().equalsIgnoreCase(key)).findFirst();
    }

    public TicketTypeView requireType(String field, String key) {
        return type(key).filter(TicketTypeView::active).orElseThrow(() -> new InvalidInput(field,
                "unknown ticket type '" + key + "'; one of " + activeTypes().stream().map(TicketTypeView::key).toList()));
    }

    public StatusView status(long id) {
        return statusesById.get(id);
    }

    /** Status ids with this key in any type: a view filtering on "resolved" means every type's "resolved". */
    public List<Long> statusIdsWithKey(Collection<String> keys) {
        return statusesById.values().stream()
                .filter(s -> keys.stream().anyMatch(k -> k.equalsIgnoreCase(s.key())))
                .map(StatusView::id).sorted().toList();
    }

    public List<String> statusKeys() {
        return types.stream().flatMap(t -> t.statuses().stream()).map(StatusView::key).distinct().toList();
    }

    /** How people read a status key in a filter: its name, or its names where types name the same key differently. */
    public String statusName(String key) {
        String names = types.stream().flatMap(t -> t.statuses().stream()).filter(s -> s.key().equalsIgnoreCase(key))
                .map(StatusView::name).distinct().collect(Collectors.joining(" / "));
        return names.isEmpty() ? key : names;
    }

    public List<CustomFieldView> fields() {
        return fields;
    }

    public List<CustomFieldView> fieldsFor(long typeId) {
        return fields.stream().filter(f -> f.appliesTo(typeId)).toList();
    }

    public Optional<CustomFieldView> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
