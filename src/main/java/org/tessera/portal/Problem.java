package org.tessera.portal;

import java.util.List;

/** Why a field was refused, as a message key of the portal's bundle and its arguments, so pages speak both languages. */
public record Problem(String key, List<Object> args) {

    public static Problem of(String key, Object... args) {
        return new Problem(key, List.of(args));
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
