package org.tessera.ticket.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tessera.identity.Actor;
import org.tessera.shared.InvalidInput;
import org.tessera.ticket.Catalog;
import org.tessera.ticket.CustomFieldView;
import org.tessera.ticket.FieldKind;
import org.tessera.ticket.StatusCategory;
import org.tessera.ticket.StatusView;
import org.tessera.ticket.TicketTypeView;
import org.tessera.ticket.Workflows;

/**
 * The ticket configuration as API callers need it to open and move tickets: every type's statuses with the moves
 * they allow, and the custom fields a ticket of the type takes. Customers see the active types only.
 */
@RestController
class TicketTypesApi {

    private final Workflows workflows;

    TicketTypesApi(Workflows workflows) {
        this.workflows = workflows;
    }

    record TypeJson(String key, String name, int position, boolean active, List<StatusJson> statuses,
                    List<FieldJson> customFields) {

        static TypeJson of(TicketTypeView type, Catalog catalog) {
            return new TypeJson(type.key(), type.name(), type.position(), type.active(),
                    type.statuses().stream().map(s -> StatusJson.of(s, type)).toList(),
                    catalog.fieldsFor(type.id()).stream().map(FieldJson::of).toList());
        }
    }

    record StatusJson(String key, String name, StatusCategory category, List<String> next) {

        static StatusJson of(StatusView status, TicketTypeView type) {
            return new StatusJson(status.key(), status.name(), status.category(),
                    type.statuses().stream().filter(status::allows).map(StatusView::key).toList());
        }
    }

    record FieldJson(String key, String label, FieldKind kind, boolean required, List<String> options) {

        static FieldJson of(CustomFieldView field) {
            return new FieldJson(field.key(), field.label(), field.kind(), field.required(), field.options());
        }
    }

    /** {@code typeKey} absent or null: the field belongs to every type. */
    record NewField(String typeKey, String key, String label, FieldKind kind, Boolean required, List<String> options) {
    }

    record CreatedField(long id, String typeKey, String key, String label, FieldKind kind, boolean required,
                        List<String> options, int position, boolean active) {
    }

    @GetMapping("/api/v1/ticket-types")
    List<TypeJson> types(Actor actor) {
        Catalog catalog = workflows.catalog();
        var types = actor.isStaff() ? catalog.types() : catalog.activeTypes();
        return types.stream().map(t -> TypeJson.of(t, catalog)).toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/v1/custom-fields")
    ResponseEntity<CreatedField> createField(@RequestBody NewField request, Actor actor) {
        Long typeId = null;
        if (request.typeKey() != null) {
            typeId = workflows.catalog().types().stream().filter(t -> t.key().equals(request.typeKey())).findFirst()
                    .orElseThrow(() -> new InvalidInput("typeKey", "no ticket type with the key " + request.typeKey()))
                    .id();
        }
        CustomFieldView field = workflows.createField(typeId, request.key(), request.label(), request.kind(),
                Boolean.TRUE.equals(request.required()), request.options(), actor);
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedField(field.id(), request.typeKey(),
                field.key(), field.label(), field.kind(), field.required(), field.options(), field.position(),
                field.active()));
    }
}
