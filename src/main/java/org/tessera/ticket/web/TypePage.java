package org.tessera.ticket.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.servlet.ModelAndView;
import org.tessera.shared.NotFound;
import org.tessera.ticket.Catalog;
import org.tessera.ticket.CustomFieldView;
import org.tessera.ticket.FieldKind;
import org.tessera.ticket.StatusCategory;
import org.tessera.ticket.TicketTypeView;

/**
 * The model of the page that configures one ticket type. Every form shows the stored values, except the form whose
 * save was refused: it keeps what the administrator typed, next to the message saying why.
 */
final class TypePage {

    static final String VIEW = "ticket/admin/type";

    private final TicketTypeView type;
    private final List<CustomFieldView> fields;
    private TypeSettingsForm settings;
    private final Map<Long, StatusForm> statusForms = new LinkedHashMap<>();
    private final Map<Long, FieldForm> fieldForms = new LinkedHashMap<>();
    private NewStatusForm newStatus = NewStatusForm.empty();
    private NewFieldForm newField = NewFieldForm.empty();
    private FormFeedback feedback = FormFeedback.none();

    private TypePage(TicketTypeView type, List<CustomFieldView> fields) {
        this.type = type;
        this.fields = fields;
        this.settings = TypeSettingsForm.of(type);
        type.statuses().forEach(s -> statusForms.put(s.id(), StatusForm.of(s)));
        fields.forEach(f -> fieldForms.put(f.id(), FieldForm.of(f)));
    }

    /** The type's own fields and those of every type, inactive ones included: the administrator may revive them. */
    static TypePage of(Catalog catalog, long typeId) {
        TicketTypeView type = catalog.type(typeId);
        if (type == null) {
            throw new NotFound("Ticket type " + typeId);
        }
        var fields = catalog.fields().stream()
                .filter(f -> f.typeId() == null || f.typeId() == typeId)
                .toList();
        return new TypePage(type, fields);
    }

    TypePage with(FormFeedback feedback) {
        this.feedback = feedback;
        return this;
    }

    TypePage keeping(TypeSettingsForm typed) {
        settings = typed;
        return this;
    }

    TypePage keeping(long statusId, StatusForm typed) {
        statusForms.replace(statusId, typed);
        return this;
    }

    TypePage keeping(NewStatusForm typed) {
        newStatus = typed;
        return this;
    }

    TypePage keeping(long fieldId, FieldForm typed) {
        fieldForms.replace(fieldId, typed);
        return this;
    }

    TypePage keeping(NewFieldForm typed) {
        newField = typed;
        return this;
    }

    /** One part of the page for an htmx request, the whole page for a plain form post. */
    ModelAndView render(String part, boolean htmx) {
        var page = new ModelAndView(htmx ? VIEW + " :: " + part : VIEW);
        page.addObject("type", type);
        page.addObject("settings", settings);
        page.addObject("statusForms", statusForms);
        page.addObject("newStatus", newStatus);
        page.addObject("fields", fields);
        page.addObject("fieldForms", fieldForms);
        page.addObject("newField", newField);
        page.addObject("feedback", feedback);
        page.addObject("categories", StatusCategory.values());
        page.addObject("kinds", FieldKind.values());
        return page;
    }
}
