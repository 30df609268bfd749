package org.tessera.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;

/**
 * Which modules are on and what they are called, as administrators set it; read on every page
 * ({@code ${@modules.isOn('knowledge')}}), so kept in memory and re-read now and then for the other nodes.
 */
@Component("modules")
public class Modules {

    static final int MAX_NAME = 40;
    private static final Duration FRESH_FOR = Duration.ofSeconds(20);

    private final List<SwitchableModule> known;
    private final JdbcTemplate jdbc;
    private volatile Snapshot snapshot;

    Modules(List<SwitchableModule> known, JdbcTemplate jdbc) {
        this.known = known.stream().sorted(Comparator.comparingInt(SwitchableModule::order)).toList();
        this.jdbc = jdbc;
    }

    public List<SwitchableModule> known() {
        return known;
    }

    /** Unknown keys count as on: a module nobody declared cannot have been switched off. */
    public boolean isOn(String key) {
        ModuleState state = current().get(key);
        return state == null || state.on();
    }

    public void requireOn(String key) {
        if (!isOn(key)) {
            throw new NotFound("Page");
        }
    }

    public List<ModuleState> states() {
        Map<String, ModuleState> states = current();
        return known.stream().map(m -> states.get(m.key())).toList();
    }

    /** The module's name in the page's language: the administrator's, or its own from the message bundles. */
    public String name(String key, MessageSource messages) {
        Locale locale = LocaleContextHolder.getLocale();
        return customName(key, locale).orElseGet(() -> known.stream().filter(m -> m.key().equals(key)).findFirst()
                .map(m -> messages.getMessage(m.nameKey(), null, key, locale)).orElse(key));
    }

    /** The administrator's name for the module whose name this message key spells, if they renamed it. */
    Optional<String> renamedText(String messageKey, Locale locale) {
        Snapshot current = snapshot();
        if (!current.renamed) {
            return Optional.empty();
        }
        for (ModuleState state : current.states.values()) {
            if (state.module().nameKeys().contains(messageKey)) {
                return Optional.ofNullable(state.customName(locale == null ? "en" : locale.getLanguage()));
            }
        }
        return Optional.empty();
    }

    private Optional<String> customName(String key, Locale locale) {
        ModuleState state = current().get(key);
        return state == null ? Optional.empty()
                : Optional.ofNullable(state.customName(locale == null ? "en" : locale.getLanguage()));
    }

    @Transactional
    public void change(String key, boolean on, String nameEn, String namePt) {
        SwitchableModule module = known.stream().filter(m -> m.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFound("Module " + key));
        if (!on && !module.canBeSwitchedOff()) {
            throw new InvalidInput("on", "this module cannot be switched off");
        }
        jdbc.update("""
                insert into web_module (key, enabled, name_en, name_pt, updated_at) values (?, ?, ?, ?, now())
                on conflict (key) do update set enabled = excluded.enabled, name_en = excluded.name_en,
                    name_pt = excluded.name_pt, updated_at = now()""",
                key, on, cleanName("nameEn", nameEn), cleanName("namePt", namePt));
        snapshot = null;
    }

    private static String cleanName(String field, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String clean = name.strip();
        if (clean.length() > MAX_NAME) {
            throw new InvalidInput(field, "must have at most " + MAX_NAME + " characters");
        }
        return clean;
    }

    private Map<String, ModuleState> current() {
        return snapshot().states;
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null || current.isStale()) {
            current = load();
        }
        return current;
    }

    private Snapshot load() {
        var stored = new HashMap<String, ModuleState>();
        var byKey = new HashMap<String, SwitchableModule>();
        known.forEach(m -> byKey.put(m.key(), m));
        try {
            read(stored, byKey);
        } catch (DataAccessException notReady) {
            // Before the schema exists (a failing start, say) every module is simply on; try again next time.
            return new Snapshot(defaults(stored), false, Instant.EPOCH);
        }
        Map<String, ModuleState> states = defaults(stored);
        boolean renamed = states.values().stream().anyMatch(s -> s.customName("en") != null);
        Snapshot fresh = new Snapshot(states, renamed, Instant.now());
        snapshot = fresh;
        return fresh;
    }

    private Map<String, ModuleState> defaults(Map<String, ModuleState> stored) {
        known.forEach(m -> stored.putIfAbsent(m.key(), new ModuleState(m, true, null, null)));
        return Map.copyOf(stored);
    }

    private void read(Map<String, ModuleState> stored, Map<String, SwitchableModule> byKey) {
        jdbc.query("select key, enabled, name_en, name_pt from web_module", rs -> {
            SwitchableModule module = byKey.get(rs.getString("key"));
            if (module != null) {
                stored.put(module.key(), new ModuleState(module, rs.getBoolean("enabled") || !module.canBeSwitchedOff(),
                        rs.getString("name_en"), rs.getString("name_pt")));
            }
        });
    }

    private record Snapshot(Map<String, ModuleState> states, boolean renamed, Instant loadedAt) {

        boolean isStale() {
            return loadedAt.plus(FRESH_FOR).isBefore(Instant.now());
        }
    }
}
