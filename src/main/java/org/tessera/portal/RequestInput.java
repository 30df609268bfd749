package org.tessera.portal;

import java.util.List;
import java.util.Map;
import org.tessera.conversation.Upload;

/**
 * A web form as sent: the plain strings of its inputs ({@code values}, by input name: subject, description, priority,
 * cf.&lt;key&gt;), its files, the sender's address and name when they are not signed in, the honeypot input that
 * people never see (and so leave empty) and the form's signed stamp.
 */
public record RequestInput(Map<String, List<String>> values, List<Upload> files, String email, String name,
                           String honeypot, String stamp) {

    public String text(String name) {
        List<String> all = values.get(name);
        return all == null || all.isEmpty() || all.get(0) == null ? "" : all.get(0).strip();
    }

    public List<String> all(String name) {
        List<String> all = values.get(name);
        return all == null ? List.of() : all.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }
}
