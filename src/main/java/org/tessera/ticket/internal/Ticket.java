package org.tessera.ticket.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;
import org.tessera.ticket.StatusCategory;
import org.tessera.ticket.StatusView;

/**
 * The ticket aggregate. Every change goes through an intent-named method that records the old and new value in the
 * given {@link ChangeLog}, so history can never miss a change.
 */
@Entity
@Table(name = "ticket")
// Only the columns a save changed are written: the activity a message records (updated_at, first_response_at, with
// a plain UPDATE) committed in between is never overwritten by an edit loaded before it.
@DynamicUpdate
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Generated(event = EventType.INSERT)
    @Column(insertable = false, updatable = false)
    private Long number;
    private String subject;
    private String description;
    @Column(name = "requester_id")
    private Long requesterId;
    @Column(name = "organization_id")
    private Long organizationId;
    @Column(name = "type_id")
    private Long typeId;
    @Column(name = "status_id")
    private Long statusId;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_category")
    private StatusCategory statusCategory;
    private short priority;
    @Column(name = "assignee_id")
    private Long assigneeId;
    @Column(name = "team_id")
    private Long teamId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> tags = new ArrayList<>();
    @Column(name = "due_at")
    private Instant dueAt;
    @Convert(converter = JsonMapConverter.class)
    @ColumnTransformer(write = "?::jsonb")
    @Column(name = "custom_fields")
    private Map<String, Object> customFields = new LinkedHashMap<>();
    private String channel;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "first_response_at")
    private Instant firstResponseAt;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @ElementCollection
    @CollectionTable(name = "ticket_follower", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "user_id")
    private Set<Long> followers = new LinkedHashSet<>();
    @Version
    private long version;

    protected Ticket() {
    }

    public Ticket(String subject, String description, long requesterId, Long organizationId, long typeId,
                  StatusView status, int priority, String channel, Instant now) {
        this.subject = subject;
        this.description = description;
        this.requesterId = requesterId;
        this.organizationId = organizationId;
        this.typeId = typeId;
        this.statusId = status.id();
        this.statusCategory = status.category();
        this.priority = (short) priority;
        this.channel = channel;
        this.createdAt = now;
        this.updatedAt = now;
        if (status.category().isSolved()) {
            resolvedAt = now;
        }
    }

    public void rewordSubject(String subject, ChangeLog log) {
        set("subject", this.subject, subject, v -> this.subject = v, log);
    }

    public void rewordDescription(String description, ChangeLog log) {
        set("description", this.description, description, v -> this.description = v, log);
    }

    public void prioritize(int priority, ChangeLog log) {
        if (this.priority != priority) {
            log.record("priority", String.valueOf(this.priority), String.valueOf(priority));
            this.priority = (short) priority;
        }
    }

    public void moveTo(StatusView status, Instant now, ChangeLog log) {
        if (Objects.equals(statusId, status.id())) {
            return;
        }
        log.record("status", String.valueOf(statusId), String.valueOf(status.id()));
        statusId = status.id();
        statusCategory = status.category();
        if (status.category().isSolved()) {
            if (resolvedAt == null) {
                resolvedAt = now;
            }
        } else {
            resolvedAt = null;
        }
    }

    /** A ticket moving to another type keeps its place in the workflow: the new type's status of the same category. */
    public void retype(long typeId, StatusView status, Instant now, ChangeLog log) {
        set("type", this.typeId, typeId, v -> this.typeId = v, log);
        moveTo(status, now, log);
    }

    public void assign(Long agentId, ChangeLog log) {
        set("assignee", assigneeId, agentId, v -> assigneeId = v, log);
    }

    public void routeToTeam(Long teamId, ChangeLog log) {
        set("team", this.teamId, teamId, v -> this.teamId = v, log);
    }

    public void changeRequester(long requesterId, Long organizationId, ChangeLog log) {
        set("requester", this.requesterId, requesterId, v -> this.requesterId = v, log);
        set("organization", this.organizationId, organizationId, v -> this.organizationId = v, log);
    }

    public void retag(List<String> tags, ChangeLog log) {
        if (!this.tags.equals(tags)) {
            log.record("tags", String.join(" ", this.tags), String.join(" ", tags));
            this.tags = new ArrayList<>(tags);
        }
    }

    public void dueBy(Instant dueAt, ChangeLog log) {
        set("due", this.dueAt, dueAt, v -> this.dueAt = v, log);
    }

    public void setCustomField(String key, Object value, ChangeLog log) {
        Object old = customFields.get(key);
        if (!Objects.equals(old, value)) {
            log.record("custom." + key, display(old), display(value));
            if (value == null) {
                customFields.remove(key);
            } else {
                customFields.put(key, value);
            }
            customFields = new LinkedHashMap<>(customFields);
        }
    }

    public void follow(long userId, ChangeLog log) {
        if (followers.add(userId)) {
            log.record("follower", null, String.valueOf(userId));
        }
    }

    public void unfollow(long userId, ChangeLog log) {
        if (followers.remove(userId)) {
            log.record("follower", String.valueOf(userId), null);
        }
    }

    /** The first public answer from the helpdesk side stops the first-response clock. */
    public void recordResponse(Instant at) {
        if (firstResponseAt == null) {
            firstResponseAt = at;
        }
    }

    public void touch(Instant now) {
        updatedAt = now;
    }

    private static <T> void set(String field, T old, T value, java.util.function.Consumer<T> setter, ChangeLog log) {
        if (!Objects.equals(old, value)) {
            log.record(field, display(old), display(value));
            setter.accept(value);
        }
    }

    private static String display(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    public Long id() {
        return id;
    }

    public Long number() {
        return number;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public Long requesterId() {
        return requesterId;
    }

    public Long organizationId() {
        return organizationId;
    }

    public Long typeId() {
        return typeId;
    }

    public Long statusId() {
        return statusId;
    }

    public StatusCategory statusCategory() {
        return statusCategory;
    }

    public int priority() {
        return priority;
    }

    public Long assigneeId() {
        return assigneeId;
    }

    public Long teamId() {
        return teamId;
    }

    public List<String> tags() {
        return List.copyOf(tags);
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Map<String, Object> customFields() {
        return Map.copyOf(customFields);
    }

    public String channel() {
        return channel;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant firstResponseAt() {
        return firstResponseAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Set<Long> followers() {
        return Set.copyOf(followers);
    }

    public long version() {
        return version;
    }
}
