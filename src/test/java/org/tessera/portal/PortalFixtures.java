package org.tessera.portal;

import java.util.List;
import java.util.Map;
import org.tessera.identity.Actor;
import org.tessera.support.Api;
import org.tessera.support.People;

/** Test data the portal's tests share: custom fields and web forms, made fresh with unique names. */
final class PortalFixtures {

    private PortalFixtures() {
    }

    /** A text custom field of the type that is optional for the type itself (the form makes it required). */
    static String textField(Api admin, String typeKey, String label) {
        String key = "order_" + People.unique().replace("-", "");
        var response = admin.post("/api/v1/custom-fields", Map.of("typeKey", typeKey, "key", key, "label", label,
                "kind", "TEXT", "required", false));
        if (response.status() != 201) {
            throw new IllegalStateException(response.toString());
        }
        return key;
    }

    /** A form of the type asking subject, description and the custom field, required; open to anyone. */
    static WebFormView formWith(WebForms forms, Actor admin, String typeKey, String customKey, FormAccess access) {
        WebFormView created = forms.create("Order problem " + People.unique(), typeKey, admin);
        return forms.update(created.id(), new WebFormChanges(created.name(), created.key(), "Tell us about your order.",
                typeKey, access, true, true, List.of(), List.of(
                        new FormField(FormField.SUBJECT, null, "", true),
                        new FormField(FormField.CUSTOM + customKey, null, "Printed on your invoice", true),
                        new FormField(FormField.DESCRIPTION, null, "", false),
                        new FormField(FormField.ATTACHMENTS, null, "", false)), null), admin);
    }
}
