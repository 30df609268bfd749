package org.tessera.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tessera.identity.Actor;
import org.tessera.portal.FormAccess;
import org.tessera.portal.FormField;
import org.tessera.portal.Problem;
import org.tessera.portal.WebFormChanges;
import org.tessera.portal.WebFormView;
import org.tessera.portal.WebForms;
import org.tessera.shared.Conflict;
import org.tessera.shared.InvalidInput;
import org.tessera.ticket.CustomFieldView;
import org.tessera.ticket.Workflows;
import org.tessera.web.PublicAddress;

/**
 * The administrator's web forms: the list, and one form's editor with every field its ticket type offers (standard and
 * custom), each with include, label, help, order and required; its addresses and the snippet to embed it.
 */
@Controller
class FormAdmin {

    private final WebForms forms;
    private final Workflows workflows;
    private final PublicAddress address;

    FormAdmin(WebForms forms, Workflows workflows, PublicAddress address) {
        this.forms = forms;
        this.workflows = workflows;
        this.address = address;
    }

    @GetMapping("/admin/forms")
    String list(Actor actor, Model model) {
        formsList(actor, model);
        model.addAttribute("problems", Map.of());
        return "portal/admin/forms";
    }

    @PostMapping("/admin/forms")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String typeKey,
                  Actor actor, Model model, HttpServletResponse response, RedirectAttributes flash) {
        try {
            WebFormView form = forms.create(name, typeKey, actor);
            flash.addFlashAttribute("notice", "forms.created");
            return "redirect:/admin/forms/" + form.id();
        } catch (InvalidInput refused) {
            response.setStatus(400);
            formsList(actor, model);
            model.addAttribute("problems", PortalPages.problems(refused));
            return "portal/admin/forms";
        }
    }

    private void formsList(Actor actor, Model model) {
        model.addAttribute("forms", forms.all(actor));
        model.addAttribute("types", workflows.catalog().activeTypes());
        var typeNames = new java.util.HashMap<String, String>();
        workflows.catalog().types().forEach(t -> typeNames.put(t.key(), t.name()));
        model.addAttribute("typeNames", typeNames);
    }

    @GetMapping("/admin/forms/{id}")
    String edit(@PathVariable long id, Actor actor, Model model) {
        WebFormView form = forms.get(id, actor);
        return editor(form, form, Map.of(), model);
    }

    /**
     * One row per offered field: {@code include.<field>}, {@code label.<field>}, {@code help.<field>},
     * {@code order.<field>}, {@code required.<field>}.
     */
    @PostMapping("/admin/forms/{id}")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Actor actor, Model model,
                HttpServletResponse response, RedirectAttributes flash) {
        WebFormView current = forms.get(id, actor);
        String typeKey = text(params, "typeKey");
        FormAccess access = "SIGNED_IN".equals(text(params, "access")) ? FormAccess.SIGNED_IN
                : "VERIFIED_EMAIL".equals(text(params, "access")) ? FormAccess.VERIFIED_EMAIL : null;
        var changes = new WebFormChanges(text(params, "name"), text(params, "key"), text(params, "intro"), typeKey,
                access, params.containsKey("listed"), params.containsKey("active"),
                Arrays.stream(text(params, "frameOrigins").split("[\\s,]+")).filter(s -> !s.isBlank()).toList(),
                fields(params, offered(typeKey)), parseLong(text(params, "lockVersion")));
        try {
            forms.update(id, changes, actor);
            flash.addFlashAttribute("notice", "forms.saved");
            return "redirect:/admin/forms/" + id;
        } catch (InvalidInput | Conflict refused) {
            PortalPages.refuse(response, refused);
            var shown = new WebFormView(id, changes.key(), changes.name(), changes.intro(),
                    typeKey == null || typeKey.isBlank() ? current.typeKey() : typeKey,
                    access == null ? current.access() : access, changes.listed(), changes.active(),
                    changes.frameOrigins(), current.position(), changes.fields(), current.lockVersion());
            return editor(current, shown, PortalPages.problems(refused), model);
        }
    }

    @PostMapping("/admin/forms/{id}/delete")
    String delete(@PathVariable long id, Actor actor, RedirectAttributes flash) {
        forms.delete(id, actor);
        flash.addFlashAttribute("notice", "forms.deleted");
        return "redirect:/admin/forms";
    }

    private String editor(WebFormView saved, WebFormView form, Map<String, Problem> problems, Model model) {
        model.addAttribute("saved", saved);
        model.addAttribute("form", form);
        model.addAttribute("types", workflows.catalog().activeTypes());
        model.addAttribute("rows", rows(form));
        model.addAttribute("problems", problems);
        model.addAttribute("url", address.of(saved.path()));
        model.addAttribute("embedUrl", address.of(saved.embedPath()));
        model.addAttribute("snippet", snippet(address.of(saved.embedPath()), saved.name()));
        return "portal/admin/form";
    }

    /** The editor's rows: the form's fields in their order, then the fields it could have. */
    private List<FieldRow> rows(WebFormView form) {
        var rows = new ArrayList<FieldRow>();
        List<CustomFieldView> custom = forms.customFieldsOf(form.typeKey());
        int order = 1;
        for (FormField field : form.fields()) {
            CustomFieldView definition = field.isCustom() ? custom.stream()
                    .filter(c -> c.key().equals(field.customKey())).findFirst().orElse(null) : null;
            if (field.isCustom() && definition == null) {
                continue;
            }
            rows.add(new FieldRow(field.field(), definition, true, field.label(), field.help(), field.required(),
                    order++));
        }
        for (String standard : FormField.STANDARD) {
            if (!form.has(standard)) {
                rows.add(new FieldRow(standard, null, false, null, "", false, order++));
            }
        }
        for (CustomFieldView definition : custom) {
            if (!form.has(FormField.CUSTOM + definition.key())) {
                rows.add(new FieldRow(FormField.CUSTOM + definition.key(), definition, definition.required(), null, "",
                        definition.required(), order++));
            }
        }
        return rows;
    }

    private List<String> offered(String typeKey) {
        var offered = new ArrayList<>(FormField.STANDARD);
        forms.customFieldsOf(typeKey).forEach(c -> offered.add(FormField.CUSTOM + c.key()));
        return offered;
    }

    private static List<FormField> fields(MultiValueMap<String, String> params, List<String> offered) {
        record Ordered(FormField field, int order, int index) {
        }
        var chosen = new ArrayList<Ordered>();
        int index = 0;
        for (String field : offered) {
            index++;
            if (!params.containsKey("include." + field) && !FormField.SUBJECT.equals(field)) {
                continue;
            }
            int order;
            try {
                order = Integer.parseInt(text(params, "order." + field));
            } catch (NumberFormatException missing) {
                order = 1000 + index;
            }
            String label = text(params, "label." + field);
            chosen.add(new Ordered(new FormField(field, label.isBlank() ? null : label, text(params, "help." + field),
                    params.containsKey("required." + field)), order, index));
        }
        chosen.sort(Comparator.comparingInt(Ordered::order).thenComparingInt(Ordered::index));
        return chosen.stream().map(Ordered::field).toList();
    }

    /** An iframe that grows with the form, for the administrator to paste into another site. */
    static String snippet(String embedUrl, String title) {
        String name = title == null || title.isBlank() ? "Request form" : title.replace("\"", "&quot;");
        return "<iframe src=\"" + embedUrl + "\" title=\"" + name + "\" style=\"width:100%;min-height:560px;border:0\" "
                + "loading=\"lazy\"></iframe>\n<script>window.addEventListener('message',function(e){"
                + "if(e.data&&e.data.tessera==='height'){document.querySelectorAll('iframe[src=\"" + embedUrl
                + "\"]').forEach(function(f){if(f.contentWindow===e.source)f.style.height=(e.data.height+20)+'px';});}});"
                + "</script>";
    }

    private static String text(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private static Long parseLong(String value) {
        try {
            return value.isEmpty() ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** One row of the field editor. */
    public record FieldRow(String field, CustomFieldView custom, boolean included, String label, String help,
                           boolean required, int order) {

        public boolean isSubject() {
            return FormField.SUBJECT.equals(field);
        }

        /** Required by the ticket type itself: always on the form, always required. */
        public boolean forced() {
            return isSubject() || custom != null && custom.required();
        }

        public String id() {
            return field.replace('.', '-');
        }
    }
}
