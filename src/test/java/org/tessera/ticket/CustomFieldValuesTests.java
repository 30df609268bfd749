package org.tessera.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tessera.shared.InvalidInput;
import org.tessera.ticket.internal.CustomFieldValues;

class CustomFieldValuesTests {

    private final List<CustomFieldView> fields = List.of(
            field("order_number", FieldKind.TEXT, false),
            field("seats", FieldKind.NUMBER, false),
            field("go_live", FieldKind.DATE, false),
            new CustomFieldView(4, null, "system", "System", FieldKind.SINGLE_SELECT, true, List.of("ERP", "CRM"), 4, true),
            new CustomFieldView(5, null, "modules", "Modules", FieldKind.MULTI_SELECT, false, List.of("a", "b", "c"), 5, true),
            field("vip", FieldKind.CHECKBOX, false));

    @Test
    void valuesAreStoredInTheirKindsForm() {
        var values = CustomFieldValues.normalize(Map.of("order_number", "  PO-7 ", "seats", "12", "go_live", "2026-12-01",
                "system", "CRM", "modules", "c, a", "vip", "on"), fields);

        assertThat(values).containsEntry("order_number", "PO-7").containsEntry("seats", 12L)
                .containsEntry("go_live", "2026-12-01").containsEntry("system", "CRM")
                .containsEntry("modules", List.of("a", "c")).containsEntry("vip", true);
    }

    @Test
    void decimalsStayDecimal() {
        assertThat(CustomFieldValues.normalize(Map.of("seats", 2.5), fields)).containsEntry("seats", 2.5);
    }

    @Test
    void aNumberBeyondWhatCanBeStoredIsRefusedNotTurnedIntoInfinityOrZero() {
        for (String typed : List.of("1e400", "-1e400", "1e-400")) {
            assertThatThrownBy(() -> CustomFieldValues.normalize(Map.of("seats", typed), fields))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                            .extracting(InvalidInput.Violation::field).containsExactly("customFields.seats"));
        }
    }

    @Test
    void anEmptyValueMeansNoValue() {
        var input = new HashMap<String, Object>();
        input.put("order_number", "");
        input.put("modules", List.of());
        input.put("seats", null);

        assertThat(CustomFieldValues.normalize(input, fields)).containsEntry("order_number", null)
                .containsEntry("modules", null).containsEntry("seats", null);
    }

    @Test
    void everyWrongValueIsNamedByItsField() {
        assertThatThrownBy(() -> CustomFieldValues.normalize(Map.of("seats", "many", "go_live", "tomorrow",
                "system", "HR", "unknown", "x"), fields))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .extracting(InvalidInput.Violation::field)
                        .containsExactlyInAnyOrder("customFields.seats", "customFields.go_live", "customFields.system",
                                "customFields.unknown"));
    }

    @Test
    void aRequiredFieldMustHaveAValue() {
        assertThatThrownBy(() -> CustomFieldValues.requirePresent(Map.of("order_number", "x"), fields))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("customFields.system"));
    }

    private static CustomFieldView field(String key, FieldKind kind, boolean required) {
        return new CustomFieldView(key.hashCode(), null, key, key, kind, required, List.of(), 0, true);
    }
}
