package org.tessera.web;

import java.util.List;

/**
 * A part of Tessera an administrator may rename ("Tickets" to "Requests") and, when {@code canBeSwitchedOff}, switch
 * off. Modules declare themselves as beans. {@code nameKeys} are the message keys that spell the module's name (the
 * first is its name in the settings page): a rename replaces their text on every face. {@code paths} are the URL
 * patterns of everything the module serves; while it is off they answer 404, and its navigation links vanish.
 */
public record SwitchableModule(String key, int order, boolean canBeSwitchedOff, List<String> nameKeys,
                               List<String> paths) {

    public SwitchableModule {
        if (nameKeys.isEmpty()) {
            throw new IllegalArgumentException("A module needs the message key of its name");
        }
        nameKeys = List.copyOf(nameKeys);
        paths = List.copyOf(paths);
    }

    public String nameKey() {
        return nameKeys.get(0);
    }
}
