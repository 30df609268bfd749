package org.tessera.web;

/** A module as the administrator set it: on or off, and the names it was given (null: its own name). */
public record ModuleState(SwitchableModule module, boolean on, String nameEn, String namePt) {

    public String key() {
        return module.key();
    }

    /** The administrator's name for this language, if they gave one. */
    public String customName(String language) {
        String name = "pt".equals(language) ? namePt : nameEn;
        if (name == null || name.isBlank()) {
            name = "pt".equals(language) ? nameEn : namePt;
        }
        return name == null || name.isBlank() ? null : name;
    }
}
