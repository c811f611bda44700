package dev.launchdesk.insight.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Rows in PostgreSQL's binary COPY format ({@code COPY ... FROM STDIN (FORMAT binary)}): the server takes the
 * values as they are, without parsing text, which is most of the work of a text COPY. Timestamps are microseconds
 * since 2000-01-01 UTC (rounded half to even, as PostgreSQL rounds a text value), dates days since then.
 */
final class BinaryCopyRows {

    static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    static final byte[] TRAILER = {(byte) 0xFF, (byte) 0xFF};
    static final int FIELDS = StagingColumns.TICKET.size() + 1;

    private static final long POSTGRES_EPOCH_SECONDS = 946_684_800L;
    private static final long POSTGRES_EPOCH_DAY = 10_957L;

    private static final int CODES = 512;

    private final String[] codeStrings = new String[CODES];
    private final byte[][] codes = new byte[CODES][];
    private byte[] bytes;
    private int length;

    BinaryCopyRows(int capacity) {
        bytes = new byte[capacity];
    }

    /** Appends a ticket row: its columns in {@link StagingColumns#TICKET} order, then the import id. */
    void add(TicketRow t, long importId) {
        startRow(FIELDS);
        text(t.ticketId());
        timestamp(t.createdAt());
        date(t.createdDay());
        timestamp(t.firstResponseAt());
        timestamp(t.resolvedAt());
        code(t.market());
        code(t.vendor());
        code(t.site());
        code(t.channel());
        code(t.category());
        integer(t.handleSeconds());
        if (t.csat() == null) {
            putInt(-1);
        } else {
            putInt(2);
            putShort(t.csat());
        }
        bool(t.reopened());
        integer(t.contactCount());
        code(t.launchKey());
        code(t.sopKey());
        integer(t.sopVersion());
        bool(t.responseInSla());
        bool(t.resolutionInSla());
        integer(t.responseSeconds());
        integer(t.resolutionSeconds());
        bool(t.firstContactResolved());
        bigint(importId);
    }

    void startRow(int fields) {
        ensure(256); // room for the fixed-size fields; text() makes room for each text itself
        putShort(fields);
    }

    void date(LocalDate day) {
        putInt(4);
        putInt((int) (day.toEpochDay() - POSTGRES_EPOCH_DAY));
    }

    void bigint(long value) {
        ensure(12);
        putInt(8);
        putLong(value);
    }

    /** Starts a file: the header COPY expects first. */
    void header() {
        ensure(HEADER.length);
        System.arraycopy(HEADER, 0, bytes, length, HEADER.length);
        length += HEADER.length;
    }

    /** Ends a file: the rows so far and the trailer, as a copy. */
    byte[] trailed() {
        byte[] file = Arrays.copyOf(bytes, length + TRAILER.length);
        System.arraycopy(TRAILER, 0, file, length, TRAILER.length);
        return file;
    }

    int length() {
        return length;
    }

    byte[] bytes() {
        return bytes;
    }

    void clear() {
        length = 0;
    }

    void timestamp(Instant instant) {
        if (instant == null) {
            putInt(-1);
            return;
        }
        putInt(8);
        putLong(epochMicros(instant) - POSTGRES_EPOCH_SECONDS * 1_000_000L);
    }

    /** Microseconds since 1970, rounded as PostgreSQL stores the instant. */
    static long epochMicros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + (long) Math.rint(instant.getNano() / 1000.0);
    }

    /** A text in UTF-8; ASCII (nearly every value of an export) is written straight into the buffer, without a byte array per value. */
    void text(String value) {
        int chars = value.length();
        ensure(chars + 4);
        int start = length + 4;
        for (int i = 0; i < chars; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                utf8(value);
                return;
            }
            bytes[start + i] = (byte) c;
        }
        putInt(chars);
        length += chars;
    }

    /**
     * A text that repeats from row to row as one string instance (the parser's canonical codes and categories): its
     * bytes are encoded once and kept in a small table by the string's identity.
     */
    void code(String value) {
        int slot = value.hashCode() & (CODES - 1);
        byte[] utf8 = codes[slot];
        if (codeStrings[slot] != value) {
            utf8 = value.getBytes(StandardCharsets.UTF_8);
            codeStrings[slot] = value;
            codes[slot] = utf8;
        }
        ensure(utf8.length + 4);
        putInt(utf8.length);
        System.arraycopy(utf8, 0, bytes, length, utf8.length);
        length += utf8.length;
    }

    private void utf8(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        ensure(utf8.length + 4);
        putInt(utf8.length);
        System.arraycopy(utf8, 0, bytes, length, utf8.length);
        length += utf8.length;
    }

    void integer(Integer value) {
        if (value == null) {
            putInt(-1);
        } else {
            putInt(4);
            putInt(value);
        }
    }

    void bool(boolean value) {
        putInt(1);
        bytes[length++] = (byte) (value ? 1 : 0);
    }

    private void putShort(int value) {
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
    }

    private void putInt(int value) {
        bytes[length++] = (byte) (value >>> 24);
        bytes[length++] = (byte) (value >>> 16);
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
    }

    private void putLong(long value) {
        putInt((int) (value >>> 32));
        putInt((int) value);
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
