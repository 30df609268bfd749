package org.tessera.bench.load;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tessera.bench.text.Texts;
import org.tessera.bench.text.Vocabulary;

/**
 * Writes a run of consecutive tickets with everything that belongs to them: the ticket, its followers, its
 * history, its conversation and attachments. A ticket's life follows its age: last week's are new or being worked
 * on, last year's are long closed, and a few old ones were forgotten open.
 */
final class TicketChunk {

    private static final int NEW = 0;
    private static final int OPEN = 1;
    private static final int PENDING = 2;
    private static final int RESOLVED = 3;
    private static final int CLOSED = 4;

    private static final String[] TYPES = {"question", "incident", "problem", "task"};
    private static final int[] TYPE_PERCENT = {50, 30, 5, 15};
    private static final int[] PRIORITY_PERCENT = {3, 12, 50, 25, 10};
    private static final String[] CHANNELS = {"email", "web", "portal", "api", "chat"};
    private static final int[] CHANNEL_PERCENT = {55, 20, 15, 7, 3};
    private static final List<String> TAGS = List.of("billing", "vpn", "hardware", "software", "network", "access",
            "printer", "email", "urgent", "vip", "onboarding", "offboarding", "refund", "invoice", "shipping", "bug",
            "feature-request", "how-to", "outage", "security", "mobile", "erp", "website", "portugal", "brasil",
            "warranty", "replacement", "training");
    private static final String AUTO_CLOSE = "Close resolved tickets after 7 days";

    private final World world;
    private final CopyRows tickets = new CopyRows("ticket", "id, number, subject, description, requester_id,"
            + " organization_id, type_id, status_id, status_category, priority, assignee_id, team_id, tags, due_at,"
            + " custom_fields, channel, created_at, updated_at, first_response_at, resolved_at, version", 1 << 20);
    private final CopyRows followers = new CopyRows("ticket_follower", "ticket_id, user_id", 1 << 12);
    private final CopyRows history = new CopyRows("ticket_history",
            "ticket_id, version, actor_id, at, field, old_value, new_value, via", 1 << 20);
    private final CopyRows messages = new CopyRows("conversation_message",
            "id, ticket_id, author_id, visibility, body, channel, created_at", 1 << 22);
    private final CopyRows attachments = new CopyRows("conversation_attachment",
            "ticket_id, message_id, sha256, filename, content_type, size, uploaded_by, created_at", 1 << 16);

    TicketChunk(World world) {
        this.world = world;
    }

    void write(int from, int to, SplittableRandom random) {
        for (int i = from; i < to; i++) {
            ticket(i, random);
        }
    }

    long messageRows() {
        return messages.rows();
    }

    /** Sends the chunk, parents before children, on the caller's transaction; returns the rows written. */
    long copyInto(Connection c) throws SQLException, IOException {
        long rows = 0;
        for (CopyRows table : List.of(tickets, followers, history, messages, attachments)) {
            rows += table.copyInto(c);
        }
        return rows;
    }

    private void ticket(int i, SplittableRandom random) {
        People people = world.people();
        long id = world.firstTicketId() + i;
        long number = world.firstNumber() + i;
        // Ten years of growth: ticket density rises linearly, so recent years hold most tickets.
        long created = Math.min(world.start() + (long) (world.span() * Math.sqrt((i + random.nextDouble()) / world.tickets())),
                world.now() - 120);
        long age = world.now() - created;

        boolean internalRequest = random.nextInt(100) < 3;
        long requester;
        Long organization;
        boolean portuguese;
        String requesterName;
        if (internalRequest) {
            int k = random.nextInt(people.collaboratorIds.length);
            requester = people.collaboratorIds[k];
            requesterName = people.collaboratorNames[k];
            organization = null;
            portuguese = random.nextInt(10) < 3;
        } else {
            // Some customers write a lot: the first ones in the list are picked far more often.
            int k = (int) (people.customerIds.length * Math.pow(random.nextDouble(), 1.5));
            requester = people.customerIds[k];
            requesterName = people.customerNames[k];
            organization = people.customerOrganization[k] == 0 ? null : people.customerOrganization[k];
            portuguese = people.customerPortuguese[k];
        }
        Vocabulary words = Texts.of(portuguese);
        String thing = Texts.pick(words.things(), random);

        String typeKey = TYPES[weighted(TYPE_PERCENT, random)];
        Schema.Type type = world.types().get(typeKey);
        int messageCount = World.messageCount(world.seed(), number);
        int category = category(age, random);
        if (category == NEW && messageCount == 20) {
            category = OPEN;
        }
        if (category >= RESOLVED && age < 2 * 3600) {
            category = OPEN;
        }
        if (category == CLOSED && age < 7 * World.DAY + 3 * 3600) {
            category = RESOLVED;
        }
        int team = random.nextInt(100) < 92 ? random.nextInt(people.teamIds.length) : -1;
        long[] pool = team >= 0 && people.teamMembers[team].length > 0 ? people.teamMembers[team] : people.agentIds;
        long agent = pool[random.nextInt(pool.length)];
        boolean assigned = category != NEW || random.nextInt(10) < 3;
        String channel = internalRequest ? "web" : CHANNELS[weighted(CHANNEL_PERCENT, random)];

        long openStatus = type.status(OPEN, category == OPEN ? random.nextInt(type.statusesByCategory()[OPEN].length) : 0);
        long status = switch (category) {
            case NEW -> type.initial();
            case OPEN -> openStatus;
            default -> type.status(category, 0);
        };

        // The window in which the conversation happened.
        long window;
        if (category >= RESOLVED) {
            long reserve = category == CLOSED ? 7 * World.DAY + 3600 : 3600;
            long wanted = 600 + (long) (-Math.log(1 - random.nextDouble()) * 2 * World.DAY);
            window = Math.min(wanted, age - reserve);
        } else if (category == NEW) {
            window = (long) (Math.min(age - 60, 2 * World.DAY) * random.nextDouble());
        } else {
            window = (long) ((age - 60) * random.nextDouble());
        }
        window = Math.max(window, 60);

        long firstMessageId = world.firstMessageId() + world.messageOffsets()[i];
        long firstResponse = 0;
        long lastAgentAt = 0;
        long lastAt = created;
        long firstAt = created;
        for (int k = 0; k < messageCount; k++) {
            long at = created + 30 + (long) ((window - 30) * (k + random.nextDouble()) / messageCount);
            long messageId = firstMessageId + k;
            boolean fromAgent = category != NEW && k % 2 == 0;
            long author;
            String visibility = "PUBLIC";
            String body;
            String messageChannel;
            if (fromAgent) {
                boolean note = random.nextInt(100) < 12;
                author = note && random.nextBoolean() ? people.agentIds[random.nextInt(people.agentIds.length)] : agent;
                messageChannel = "web";
                if (note) {
                    visibility = "INTERNAL";
                    body = Texts.note(words, random);
                } else {
                    body = Texts.agentReply(words, thing, requesterName, people.agentName(author), random);
                    if (firstResponse == 0) {
                        firstResponse = at;
                    }
                }
                lastAgentAt = at;
            } else {
                author = requester;
                messageChannel = channel.equals("email") || channel.equals("portal") ? channel : "web";
                body = Texts.requesterReply(words, thing, requesterName, random);
            }
            messages.add(messageId).add(id).add(author).add(visibility).add(body).add(messageChannel).addTime(at).end();
            if (random.nextInt(100) < 3) {
                attachment(id, messageId, author, at, number, random);
            }
            if (k == 0) {
                firstAt = at;
            }
            lastAt = at;
        }

        long resolvedAt = created + window + 60;
        long closedAt = resolvedAt + 7 * World.DAY;
        long updatedAt = switch (category) {
            case CLOSED -> closedAt;
            case RESOLVED -> resolvedAt;
            default -> lastAt;
        };

        String description = Texts.description(words, thing, requesterName, random);
        if (random.nextInt(100) < 3) {
            attachment(id, null, requester, created, number, random);
        }

        int version = history(id, created, category, channel.equals("api") ? agent : requester, type, openStatus,
                status, assigned ? agent : null, firstAt, lastAgentAt,
                resolvedAt, closedAt);

        List<String> tags = tags(random);
        Long due = random.nextInt(10) == 0 ? created + World.DAY * (1 + random.nextInt(10)) : null;
        tickets.add(id).add(number).add(Texts.subject(words, thing, random)).add(description).add(requester)
                .add(organization).add(type.id()).add(status).add(Schema.CATEGORIES[category])
                .add((long) (1 + weighted(PRIORITY_PERCENT, random))).add(assigned ? agent : null)
                .add(team >= 0 ? people.teamIds[team] : null).addArray(tags).addTime(due)
                .add(CustomFields.values(typeKey, portuguese, created, random)).add(channel).addTime(created)
                .addTime(updatedAt).addTime(firstResponse == 0 ? null : firstResponse)
                .addTime(category >= RESOLVED ? resolvedAt : null).add((long) version).end();

        if (random.nextInt(100) < 4) {
            long follower = people.collaboratorIds[random.nextInt(people.collaboratorIds.length)];
            followers.add(id).add(follower).end();
            if (random.nextBoolean()) {
                long second = people.agentIds[random.nextInt(people.agentIds.length)];
                followers.add(id).add(second).end();
            }
        }
    }

    /** Writes the history and returns the ticket's version: each use case that changed it is one version. */
    private int history(long ticket, long created, int category, long opener, Schema.Type type, long openStatus,
                        long status, Long assignee, long taken, long lastAgentAt, long resolvedAt, long closedAt) {
        int version = 0;
        change(ticket, version, opener, created, "ticket", null, "created", null);
        if (category == NEW) {
            return version;
        }
        version++;
        change(ticket, version, assignee, taken, "status", type.initial(), openStatus, null);
        change(ticket, version, assignee, taken, "assignee", null, assignee, null);
        if (category == PENDING) {
            version++;
            change(ticket, version, assignee, Math.max(taken, lastAgentAt), "status", openStatus, status, null);
        }
        if (category >= RESOLVED) {
            long resolved = type.status(RESOLVED, 0);
            version++;
            change(ticket, version, assignee, resolvedAt, "status", openStatus, resolved, null);
            if (category == CLOSED) {
                version++;
                change(ticket, version, world.systemAccount(), closedAt, "status", resolved, status, AUTO_CLOSE);
            }
        }
        return version;
    }

    private void change(long ticket, int version, Long actor, long at, String field, Object oldValue,
                        Object newValue, String via) {
        history.add(ticket).add((long) version).add(actor).addTime(at).add(field)
                .add(oldValue == null ? null : oldValue.toString()).add(newValue == null ? null : newValue.toString())
                .add(via).end();
    }

    private void attachment(long ticket, Long message, long uploader, long at, long number, SplittableRandom random) {
        BlobPool.Blob blob = world.blobs().pick(random);
        String filename = blob.kind().prefix + (blob.kind() == BlobPool.Kind.DOCUMENT
                ? String.valueOf(100_000 + random.nextInt(900_000)) : String.valueOf(number)) + blob.kind().extension;
        attachments.add(ticket).add(message).add(blob.sha256()).add(filename).add(blob.kind().contentType)
                .add(blob.size()).add(uploader).addTime(at).end();
    }

    /** Young tickets are being worked on; old ones are closed, save a few forgotten. */
    private static int category(long age, SplittableRandom random) {
        int p = random.nextInt(100);
        if (age < 2 * World.DAY) {
            return p < 35 ? NEW : p < 70 ? OPEN : p < 85 ? PENDING : RESOLVED;
        }
        if (age < 14 * World.DAY) {
            return p < 5 ? NEW : p < 35 ? OPEN : p < 60 ? PENDING : p < 90 ? RESOLVED : CLOSED;
        }
        if (age < 90 * World.DAY) {
            return p < 8 ? OPEN : p < 15 ? PENDING : p < 25 ? RESOLVED : CLOSED;
        }
        int q = random.nextInt(1000);
        return q < 5 ? OPEN : q < 10 ? PENDING : CLOSED;
    }

    private static List<String> tags(SplittableRandom random) {
        int p = random.nextInt(100);
        int count = p < 40 ? 0 : p < 75 ? 1 : p < 93 ? 2 : 3;
        var tags = new ArrayList<String>(count);
        while (tags.size() < count) {
            String tag = TAGS.get(random.nextInt(TAGS.size()));
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private static int weighted(int[] percents, SplittableRandom random) {
        int p = random.nextInt(100);
        for (int i = 0; i < percents.length; i++) {
            p -= percents[i];
            if (p < 0) {
                return i;
            }
        }
        return percents.length - 1;
    }
}
