package org.tessera.portal;

import java.util.List;

/** An administrator's edit of a web form; {@code lockVersion} guards against saving over a colleague's edit. */
public record WebFormChanges(String name, String key, String intro, String typeKey, FormAccess access, boolean listed,
                             boolean active, List<String> frameOrigins, List<FormField> fields, Long lockVersion) {
}
