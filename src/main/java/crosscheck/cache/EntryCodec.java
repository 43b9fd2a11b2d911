package crosscheck.cache;

import crosscheck.analyse.AnalysedReport;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Writes and reads one analysed report as compact binary: every string once, in a table at the start, then the
 * record's components as {@link RecordCodec} writes them (by the records' own shape, so a component added to
 * {@code Report}, {@code Sentence} or any record they hold is stored with no change here), strings as table
 * indexes, then a CRC-32C of all that. Reading checks the CRC first, so a flipped bit or a changed letter anywhere
 * in an entry makes it unreadable (a miss), never a wrong report; then it goes through the records' constructors,
 * so what they check is checked again.
 */
final class EntryCodec {
    private static final RecordCodec.Node ENTRY = RecordCodec.of(AnalysedReport.class);
    /** What an entry holds, component by component: part of the cache's version, so another shape misses. */
    static final String SHAPE = RecordCodec.shape(AnalysedReport.class);
    /** The bytes of the checksum at the end of an entry. */
    private static final int CHECKSUM = 4;

    private EntryCodec() {
    }

    /** The entry's bytes: the string table, then the fields, then their checksum. */
    static byte[] encode(AnalysedReport entry) {
        FieldsOut fields = new FieldsOut();
        ENTRY.write(entry, fields);
        Bytes out = new Bytes(fields.bytes.size + (1 << 13));
        out.putInt(fields.strings.table.size());
        for (String s : fields.strings.table) out.putLongUtf(s);
        out.put(fields.bytes);
        out.putInt(checksum(out.bytes, out.size));
        return out.toArray();
    }

    /** The CRC-32C of the first {@code length} bytes. */
    private static int checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    /**
     * Reads an entry that fills {@code bytes} exactly.
     *
     * @throws IOException for anything but an entry as {@link #encode} wrote it: damaged, cut short or overlong
     */
    static AnalysedReport read(byte[] bytes) throws IOException {
        if (bytes.length < CHECKSUM) throw new IOException("entry cut short");
        int length = bytes.length - CHECKSUM;
        if (checksum(bytes, length) != ByteBuffer.wrap(bytes, length, CHECKSUM).getInt()) {
            throw new IOException("damaged entry: checksum does not match");
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
            int count = in.getInt();
            if (count < 0 || count > length) throw new IOException("bad string count " + count);
            String[] table = new String[count];
            for (int i = 0; i < count; i++) table[i] = readLongUtf(in);
            Object entry = ENTRY.read(new FieldsIn(table, in));
            if (entry == null) throw new IOException("no entry");
            if (in.hasRemaining()) throw new IOException("bytes after the entry");
            return (AnalysedReport) entry;
        } catch (BufferUnderflowException e) {
            throw new IOException("entry cut short", e);
        } catch (RuntimeException e) { // a record's constructor refused what it read
            throw new IOException("entry does not make a report: " + e, e);
        }
    }

    private static String readLongUtf(ByteBuffer in) throws IOException {
        int length = in.getInt();
        if (length == -1) return null;
        if (length < 0 || length > in.remaining()) throw new IOException("bad string length " + length);
        String s = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    /** The fields of an entry: numbers written as they are, strings as indexes into the table. */
    private static final class FieldsOut implements RecordCodec.Out {
        final Strings strings = new Strings();
        final Bytes bytes = new Bytes(1 << 13);

        @Override
        public void put(int b) {
            bytes.put(b);
        }

        @Override
        public void putInt(int v) {
            bytes.putInt(v);
        }

        @Override
        public void putLong(long v) {
            bytes.putInt((int) (v >>> 32));
            bytes.putInt((int) v);
        }

        @Override
        public void putString(String s) {
            bytes.putInt(strings.index(s));
        }
    }

    /** Reads the fields, checking string indexes against the table and counts against what is left. */
    private record FieldsIn(String[] table, ByteBuffer in) implements RecordCodec.In {
        @Override
        public int get() {
            return in.get() & 0xFF;
        }

        @Override
        public int getInt() {
            return in.getInt();
        }

        @Override
        public long getLong() {
            return in.getLong();
        }

        @Override
        public String getString() throws IOException {
            int index = in.getInt();
            if (index < 0 || index >= table.length) throw new IOException("bad string index " + index);
            return table[index];
        }

        @Override
        public int count() throws IOException {
            int count = in.getInt();
            if (count < -1 || count > in.remaining()) throw new IOException("bad count " + count);
            return count;
        }
    }

    /** A growable byte array written as {@link java.io.DataOutputStream} would (big-endian), without its costs. */
    private static final class Bytes {
        private byte[] bytes;
        private int size;

        Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        void put(int b) {
            room(1);
            bytes[size++] = (byte) b;
        }

        void putInt(int v) {
            room(4);
            bytes[size] = (byte) (v >>> 24);
            bytes[size + 1] = (byte) (v >>> 16);
            bytes[size + 2] = (byte) (v >>> 8);
            bytes[size + 3] = (byte) v;
            size += 4;
        }

        void put(Bytes other) {
            room(other.size);
            System.arraycopy(other.bytes, 0, bytes, size, other.size);
            size += other.size;
        }

        /** UTF-8 with an int length ({@code writeUTF} stops at 64 KB); null is length -1. */
        void putLongUtf(String s) {
            if (s == null) {
                putInt(-1);
                return;
            }
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            putInt(utf8.length);
            room(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }

        byte[] toArray() {
            return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
        }

        private void room(int more) {
            if (size + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /** Numbers each distinct string (null included) in the order first written. */
    private static final class Strings {
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> table = new ArrayList<>();
        private int nullIndex = -1;

        int index(String s) {
            if (s == null) {
                if (nullIndex < 0) {
                    nullIndex = table.size();
                    table.add(null);
                }
                return nullIndex;
            }
            return numbers.computeIfAbsent(s, k -> {
                table.add(k);
                return table.size() - 1;
            });
        }
    }
}
