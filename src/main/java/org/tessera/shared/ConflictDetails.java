package org.tessera.shared;

import java.util.Map;

/** A conflict that can say more than its message, such as what changed since the caller's version. */
public interface ConflictDetails {

    Map<String, Object> details();
}
