package org.tessera.bench.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Rows for one table in PostgreSQL's COPY text format (tab between columns, \N for null, backslash escapes),
 * written into memory and sent with pgjdbc's CopyManager in one go.
 */
final class CopyRows {

    private final String table;
    private final String columns;
    private final StringBuilder buffer;
    private boolean first = true;
    private long rows;

    CopyRows(String table, String columns, int capacity) {
        this.table = table;
        this.columns = columns;
        this.buffer = new StringBuilder(capacity);
    }

    CopyRows add(long value) {
        separate();
        buffer.append(value);
        return this;
    }

    CopyRows add(Long value) {
        return value == null ? nul() : add(value.longValue());
    }

    CopyRows add(boolean value) {
        separate();
        buffer.append(value ? 't' : 'f');
        return this;
    }

    CopyRows add(String value) {
        if (value == null) {
            return nul();
        }
        separate();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
        return this;
    }

    /** A text[] of simple words (tags, domains): no quoting needed for [a-z0-9.-]. */
    CopyRows addArray(List<String> values) {
        separate();
        buffer.append('{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                buffer.append(',');
            }
            buffer.append(values.get(i));
        }
        buffer.append('}');
        return this;
    }

    /** A timestamptz from epoch seconds, in UTC. */
    CopyRows addTime(long epochSecond) {
        separate();
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        buffer.append(t.getYear()).append('-');
        two(t.getMonthValue()).append('-');
        two(t.getDayOfMonth()).append(' ');
        two(t.getHour()).append(':');
        two(t.getMinute()).append(':');
        two(t.getSecond()).append("+00");
        return this;
    }

    CopyRows addTime(Long epochSecond) {
        return epochSecond == null ? nul() : addTime(epochSecond.longValue());
    }

    CopyRows nul() {
        separate();
        buffer.append("\\N");
        return this;
    }

    void end() {
        buffer.append('\n');
        first = true;
        rows++;
    }

    long rows() {
        return rows;
    }

    /** Sends the rows and empties the buffer; the caller commits. */
    long copyInto(Connection connection) throws SQLException, IOException {
        if (buffer.length() == 0) {
            return 0;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        long copied = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin", new ByteArrayInputStream(bytes), 1 << 16);
        buffer.setLength(0);
        rows = 0;
        return copied;
    }

    private void separate() {
        if (!first) {
            buffer.append('\t');
        }
        first = false;
    }

    private StringBuilder two(int value) {
        if (value < 10) {
            buffer.append('0');
        }
        return buffer.append(value);
    }
}
