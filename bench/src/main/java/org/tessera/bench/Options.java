package org.tessera.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} and {@code --flag} arguments; an unknown name is an error only when someone asks for it. */
public final class Options {

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    public static Options parse(String[] args) {
        var values = new HashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Expected --name, got " + arg);
            }
            String name = arg.substring(2);
            int eq = name.indexOf('=');
            if (eq > 0) {
                values.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                values.put(name, args[++i]);
            } else {
                values.put(name, "true");
            }
        }
        return new Options(values);
    }

    public String get(String name, String fallback) {
        String value = values.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public String require(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    public int getInt(String name, int fallback) {
        String value = values.get(name);
        return value == null ? fallback : Integer.parseInt(value.replace("_", "").replace(",", ""));
    }

    public long getLong(String name, long fallback) {
        String value = values.get(name);
        return value == null ? fallback : Long.parseLong(value.replace("_", ""));
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(values.getOrDefault(name, "false"));
    }

    public List<String> list(String name, String fallback) {
        return Arrays.stream(get(name, fallback).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
