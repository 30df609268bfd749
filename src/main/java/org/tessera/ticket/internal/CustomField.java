package org.tessera.ticket.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tessera.ticket.CustomFieldView;
import org.tessera.ticket.FieldKind;

@Entity
@Table(name = "ticket_custom_field")
public class CustomField {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "type_id")
    private Long typeId;
    private String key;
    private String label;
    @Enumerated(EnumType.STRING)
    private FieldKind kind;
    private boolean required;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> options = new ArrayList<>();
    private int position;
    private boolean active = true;

    protected CustomField() {
    }

    public CustomField(Long typeId, String key, FieldKind kind) {
        this.typeId = typeId;
        this.key = key;
        this.kind = kind;
    }

    public void describe(String label, boolean required, List<String> options, int position, boolean active) {
        this.label = label;
        this.required = required;
        this.options = new ArrayList<>(options);
        this.position = position;
        this.active = active;
    }

    public CustomFieldView view() {
        return new CustomFieldView(id, typeId, key, label, kind, required, List.copyOf(options), position, active);
    }

    public Long id() {
        return id;
    }
}
