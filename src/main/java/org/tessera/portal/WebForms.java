package org.tessera.portal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.identity.Actor;
import org.tessera.portal.internal.WebFormStore;
import org.tessera.shared.Conflict;
import org.tessera.shared.Forbidden;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.InvalidInput.Violation;
import org.tessera.shared.NotFound;
import org.tessera.ticket.Catalog;
import org.tessera.ticket.CustomFieldView;
import org.tessera.ticket.TicketTypeView;
import org.tessera.ticket.Workflows;

/**
 * Web forms per ticket type: administrators choose the fields (standard and custom), their labels, help, order and
 * whether they are required, who may send the form, and where it shows. Every form asks for a subject; a custom field
 * that its ticket type requires is always on the form, and required there.
 */
@Service
@Transactional
public class WebForms {

    private static final Pattern KEY = Pattern.compile("^[a-z0-9][a-z0-9-]{0,39}$");
    private static final Pattern ORIGIN = Pattern.compile("^https?://(\\*\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*(:\\d{1,5})?$");

    private final WebFormStore store;
    private final Workflows workflows;

    WebForms(WebFormStore store, Workflows workflows) {
        this.store = store;
        this.workflows = workflows;
    }

    @Transactional(readOnly = true)
    public List<WebFormView> all(Actor actor) {
        requireAdmin(actor);
        return store.all();
    }

    /** The active forms the portal offers, in the administrators' order. */
    @Transactional(readOnly = true)
    public List<WebFormView> listed() {
        return store.all().stream().filter(f -> f.active() && f.listed() && usable(f)).toList();
    }

    /** An active form, by the key in its address. */
    @Transactional(readOnly = true)
    public Optional<WebFormView> byKey(String key) {
        return store.byKey(key == null ? "" : key).filter(f -> f.active() && usable(f));
    }

    /** The form a waiting request was sent with, even if it was switched off since. */
    @Transactional(readOnly = true)
    public Optional<WebFormView> ofRequest(long id) {
        return store.byId(id);
    }

    @Transactional(readOnly = true)
    public WebFormView get(long id, Actor actor) {
        requireAdmin(actor);
        return store.byId(id).orElseThrow(() -> new NotFound("Form " + id));
    }

    public WebFormView create(String name, String typeKey, Actor actor) {
        requireAdmin(actor);
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "must not be empty");
        }
        TicketTypeView type = workflows.catalog().requireType("typeKey", typeKey == null ? "" : typeKey);
        String key = freeKey(slug(name));
        var fields = new ArrayList<FormField>(List.of(
                new FormField(FormField.SUBJECT, null, "", true),
                new FormField(FormField.DESCRIPTION, null, "", true),
                new FormField(FormField.ATTACHMENTS, null, "", false)));
        for (CustomFieldView field : workflows.catalog().fieldsFor(type.id())) {
            if (field.required()) {
                fields.add(new FormField(FormField.CUSTOM + field.key(), null, "", true));
            }
        }
        return store.byId(store.insert(key, name.strip(), type.key(), fields)).orElseThrow();
    }

    public WebFormView update(long id, WebFormChanges changes, Actor actor) {
        requireAdmin(actor);
        WebFormView current = store.byId(id).orElseThrow(() -> new NotFound("Form " + id));
        WebFormChanges clean = validate(changes, id);
        long expected = changes.lockVersion() == null ? current.lockVersion() : changes.lockVersion();
        if (!store.update(id, clean, expected)) {
            throw new Conflict("version", "Someone else saved this form after you opened it; reload it and make "
                    + "your changes again");
        }
        return store.byId(id).orElseThrow();
    }

    public void delete(long id, Actor actor) {
        requireAdmin(actor);
        store.byId(id).orElseThrow(() -> new NotFound("Form " + id));
        store.delete(id);
    }

    /** The form's fields as a page shows them, with what its ticket type says about each custom field. */
    @Transactional(readOnly = true)
    public List<ShownField> shownFields(WebFormView form) {
        Catalog catalog = workflows.catalog();
        Map<String, CustomFieldView> custom = customFields(catalog, form.typeKey());
        var shown = new ArrayList<ShownField>();
        for (FormField field : form.fields()) {
            if (field.isCustom()) {
                CustomFieldView definition = custom.get(field.customKey());
                if (definition != null) {
                    shown.add(new ShownField(field.field(), blank(field.label()) ? definition.label() : field.label(),
                            field.help(), field.required() || definition.required(), definition.kind(),
                            definition.options()));
                }
            } else {
                shown.add(new ShownField(field.field(), blank(field.label()) ? null : field.label(), field.help(),
                        field.required() || FormField.SUBJECT.equals(field.field()), null, List.of()));
            }
        }
        // A field the ticket type requires but the form forgot would make every request fail: show it anyway.
        for (CustomFieldView definition : custom.values()) {
            if (definition.required() && shown.stream().noneMatch(s -> definition.key().equals(s.customKey()))) {
                shown.add(new ShownField(FormField.CUSTOM + definition.key(), definition.label(), "", true,
                        definition.kind(), definition.options()));
            }
        }
        return shown;
    }

    /**
     * The custom fields customers answer for tickets of this type: those on one of its forms, and those the type
     * requires. The portal shows a request's answers to these back to its readers, and never the others (which
     * agents may keep for themselves).
     */
    @Transactional(readOnly = true)
    public List<CustomFieldView> answeredByCustomers(String typeKey) {
        var onForms = new HashSet<String>();
        store.all().stream().filter(f -> f.typeKey().equalsIgnoreCase(typeKey))
                .forEach(f -> f.fields().stream().filter(FormField::isCustom).forEach(ff -> onForms.add(ff.customKey())));
        return customFields(workflows.catalog(), typeKey).values().stream()
                .filter(d -> d.required() || onForms.contains(d.key())).toList();
    }

    /** Every field a form of this type may have, for the administrator's editor. */
    @Transactional(readOnly = true)
    public List<CustomFieldView> customFieldsOf(String typeKey) {
        return List.copyOf(customFields(workflows.catalog(), typeKey).values());
    }

    private WebFormChanges validate(WebFormChanges c, long id) {
        var violations = new ArrayList<Violation>();
        String name = c.name() == null ? "" : c.name().strip();
        if (name.length() > 100) {
            violations.add(new Violation("name", "must have at most 100 characters"));
        }
        String key = c.key() == null ? "" : c.key().strip().toLowerCase(Locale.ROOT);
        if (!KEY.matcher(key).matches()) {
            violations.add(new Violation("key", "use lowercase letters, digits and - (at most 40)"));
        } else if (store.keyTaken(key, id)) {
            violations.add(new Violation("key", "another form already has this address"));
        }
        Catalog catalog = workflows.catalog();
        Optional<TicketTypeView> type = catalog.type(c.typeKey() == null ? "" : c.typeKey())
                .filter(TicketTypeView::active);
        if (type.isEmpty()) {
            violations.add(new Violation("typeKey", "choose an active ticket type"));
        }
        if (c.access() == null) {
            violations.add(new Violation("access", "choose who may send the form"));
        }
        var origins = new ArrayList<String>();
        for (String origin : c.frameOrigins() == null ? List.<String>of() : c.frameOrigins()) {
            String o = origin == null ? "" : origin.strip().toLowerCase(Locale.ROOT).replaceAll("/+$", "");
            if (o.isEmpty()) {
                continue;
            }
            if (!ORIGIN.matcher(o).matches()) {
                violations.add(new Violation("frameOrigins", "'" + origin + "' is not a site address such as "
                        + "https://www.example.com"));
            } else if (!origins.contains(o)) {
                origins.add(o);
            }
        }
        List<FormField> fields = type.isEmpty() ? List.of() : fields(c.fields(), customFields(catalog, c.typeKey()),
                violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        String intro = c.intro() == null ? "" : c.intro().strip();
        return new WebFormChanges(name, key, intro.length() > 2000 ? intro.substring(0, 2000) : intro,
                type.get().key(), c.access(), c.listed(), c.active(), List.copyOf(origins), fields, c.lockVersion());
    }

    private static List<FormField> fields(List<FormField> wanted, Map<String, CustomFieldView> custom,
                                          List<Violation> violations) {
        var fields = new ArrayList<FormField>();
        for (FormField field : wanted == null ? List.<FormField>of() : wanted) {
            boolean known = FormField.STANDARD.contains(field.field())
                    || field.isCustom() && custom.containsKey(field.customKey());
            if (!known) {
                violations.add(new Violation("fields", "'" + field.field() + "' is not a field of this ticket type"));
                continue;
            }
            if (fields.stream().anyMatch(f -> f.field().equals(field.field()))) {
                continue;
            }
            String label = blank(field.label()) ? null : field.label().strip();
            if (label != null && label.length() > 100) {
                violations.add(new Violation("fields", "a label has more than 100 characters"));
            }
            String help = field.help() == null ? "" : field.help().strip();
            if (help.length() > 500) {
                violations.add(new Violation("fields", "a help text has more than 500 characters"));
            }
            boolean required = field.required() || FormField.SUBJECT.equals(field.field())
                    || field.isCustom() && custom.get(field.customKey()).required();
            fields.add(new FormField(field.field(), label, help, required));
        }
        if (fields.stream().noneMatch(f -> f.field().equals(FormField.SUBJECT))) {
            fields.add(0, new FormField(FormField.SUBJECT, null, "", true));
        }
        for (CustomFieldView definition : custom.values()) {
            if (definition.required() && fields.stream().noneMatch(f -> definition.key().equals(f.customKey()))) {
                fields.add(new FormField(FormField.CUSTOM + definition.key(), null, "", true));
            }
        }
        return fields;
    }

    private static Map<String, CustomFieldView> customFields(Catalog catalog, String typeKey) {
        var fields = new LinkedHashMap<String, CustomFieldView>();
        catalog.type(typeKey == null ? "" : typeKey)
                .ifPresent(type -> catalog.fieldsFor(type.id()).forEach(f -> fields.put(f.key(), f)));
        return fields;
    }

    /** A form whose ticket type was switched off cannot open tickets, so it is not offered. */
    private boolean usable(WebFormView form) {
        return workflows.catalog().type(form.typeKey()).filter(TicketTypeView::active).isPresent();
    }

    private String freeKey(String base) {
        String key = base.isEmpty() ? "form" : base;
        int n = 2;
        while (store.keyTaken(key, null)) {
            key = base + "-" + n++;
        }
        return key;
    }

    private static String slug(String name) {
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 30 ? slug.substring(0, 30).replaceAll("-+$", "") : slug;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new Forbidden("Only administrators configure web forms");
        }
    }
}
