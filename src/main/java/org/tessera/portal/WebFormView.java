package org.tessera.portal;

import java.util.List;
import org.tessera.shared.Markdown;

/**
 * A web form as administrators configured it: its address ({@code /portal/forms/<key>}), the ticket type it opens,
 * who may send it, whether the portal lists it, and the sites that may embed it (none listed: any site).
 */
public record WebFormView(long id, String key, String name, String intro, String typeKey, FormAccess access,
                          boolean listed, boolean active, List<String> frameOrigins, int position,
                          List<FormField> fields, long lockVersion) {

    public boolean has(String field) {
        return fields.stream().anyMatch(f -> f.field().equals(field));
    }

    /** The text above the form, written in Markdown like articles, as safe HTML. */
    public String introHtml() {
        return Markdown.html(intro);
    }

    public String path() {
        return "/portal/forms/" + key;
    }

    public String embedPath() {
        return "/portal/forms/" + key + "/embed";
    }

    /** The Content-Security-Policy frame-ancestors sources of its embed page. */
    public String frameAncestors() {
        return frameOrigins.isEmpty() ? "*" : String.join(" ", frameOrigins);
    }
}
