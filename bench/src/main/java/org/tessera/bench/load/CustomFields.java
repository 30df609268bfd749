package org.tessera.bench.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Custom fields of every kind, defined as an administrator would (some for one type, some for all), and their
 * values on tickets in the stored form: text as strings, numbers as numbers, dates as ISO strings, selections as
 * options, checkboxes as booleans.
 */
final class CustomFields {

    static final List<String> SYSTEMS = List.of("Email", "VPN", "ERP", "Website", "Printers", "Network", "Phones");
    static final List<String> PRODUCTS = List.of("Tessera Cloud", "Field App", "Billing Portal", "Warehouse Sync",
            "Reports");
    static final List<String> COMPONENTS = List.of("Database", "Network", "Storage", "Authentication",
            "Integrations", "Frontend");
    private static final List<String> ROOT_CAUSES = List.of("Expired certificate on the load balancer",
            "Disk full on the file server", "Firmware bug in the access points", "Wrong tax table after the release",
            "Certificado expirado no balanceador", "Limite de conexões do banco de dados atingido");

    private record Definition(String key, String type, String label, String kind, List<String> options) {
    }

    private static final List<Definition> DEFINITIONS = List.of(
            new Definition("affected_system", "incident", "Affected system", "SINGLE_SELECT", SYSTEMS),
            new Definition("order_number", null, "Order number", "TEXT", List.of()),
            new Definition("product", null, "Product", "SINGLE_SELECT", PRODUCTS),
            new Definition("components", "problem", "Components", "MULTI_SELECT", COMPONENTS),
            new Definition("root_cause", "problem", "Root cause", "LONG_TEXT", List.of()),
            new Definition("estimate_hours", "task", "Estimate (hours)", "NUMBER", List.of()),
            new Definition("billable", "task", "Billable", "CHECKBOX", List.of()),
            new Definition("go_live", "task", "Go-live date", "DATE", List.of()));

    private CustomFields() {
    }

    static int define(Connection c) throws SQLException {
        int position = 1;
        int created = 0;
        try (PreparedStatement insert = c.prepareStatement("insert into ticket_custom_field"
                + " (type_id, key, label, kind, required, options, position, active)"
                + " values ((select id from ticket_type where key = ?), ?, ?, ?, false, ?, ?, true)"
                + " on conflict (key) do nothing")) {
            for (Definition d : DEFINITIONS) {
                insert.setString(1, d.type());
                insert.setString(2, d.key());
                insert.setString(3, d.label());
                insert.setString(4, d.kind());
                insert.setArray(5, c.createArrayOf("text", d.options().toArray()));
                insert.setInt(6, position++);
                created += insert.executeUpdate();
            }
        }
        return created;
    }

    /** The values a ticket of this type carries: most fields filled on some tickets, none required. */
    static String values(String type, boolean portuguese, long createdAt, SplittableRandom random) {
        var json = new StringBuilder(96).append('{');
        if (type.equals("incident") && random.nextInt(10) < 8) {
            field(json, "affected_system").append('"').append(pick(SYSTEMS, random)).append('"');
        }
        if (random.nextInt(2) == 0) {
            field(json, "product").append('"').append(pick(PRODUCTS, random)).append('"');
        }
        if (random.nextInt(5) == 0) {
            field(json, "order_number").append('"').append(portuguese ? "PC-" : "PO-")
                    .append(100_000 + random.nextInt(900_000)).append('"');
        }
        if (type.equals("problem")) {
            if (random.nextInt(10) < 6) {
                field(json, "components").append("[\"").append(COMPONENTS.get(random.nextInt(3))).append('"');
                if (random.nextBoolean()) {
                    json.append(", \"").append(COMPONENTS.get(3 + random.nextInt(3))).append('"');
                }
                json.append(']');
            }
            if (random.nextInt(10) < 3) {
                field(json, "root_cause").append('"').append(pick(ROOT_CAUSES, random)).append('"');
            }
        }
        if (type.equals("task")) {
            if (random.nextInt(10) < 6) {
                field(json, "estimate_hours").append(1 + random.nextInt(40));
            }
            if (random.nextBoolean()) {
                field(json, "billable").append(random.nextBoolean());
            }
            if (random.nextInt(10) < 3) {
                LocalDate day = LocalDate.ofInstant(java.time.Instant.ofEpochSecond(createdAt), ZoneOffset.UTC)
                        .plusDays(7 + random.nextInt(60));
                field(json, "go_live").append('"').append(day).append('"');
            }
        }
        return json.append('}').toString();
    }

    private static StringBuilder field(StringBuilder json, String key) {
        if (json.length() > 1) {
            json.append(", ");
        }
        return json.append('"').append(key).append("\": ");
    }

    private static String pick(List<String> options, SplittableRandom random) {
        return options.get(random.nextInt(options.size()));
    }
}
