package crosscheck.cache;

import crosscheck.clean.Article;
import crosscheck.clean.Block;
import crosscheck.clean.Removed;
import crosscheck.text.AnalyzedArticle;
import crosscheck.text.Sentence;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32C;

/**
 * Writes and reads one analysed report as compact binary: every string once, in a table at the start, then
 * the records' fields in order, strings as table indexes, then a CRC-32C of all that. Reading checks the CRC
 * first, so a flipped bit or a changed letter anywhere in an entry makes it unreadable (a miss), never a wrong
 * report; then it goes through the records' constructors, so what they check is checked again. A cache
 * round-trip test keeps this in step with the records.
 */
final class EntryCodec {
    private static final Block.Kind[] KINDS = Block.Kind.values();
    /** The bytes of the checksum at the end of an entry. */
    private static final int CHECKSUM = 4;

    private EntryCodec() {
    }

    /** The entry's bytes: the string table, then the fields, then their checksum. */
    static byte[] encode(AnalyzedArticle entry) {
        Strings strings = new Strings();
        Bytes fields = new Bytes(1 << 13);
        Article a = entry.article();
        for (String s : new String[] {a.id(), a.file(), a.title(), a.source(), a.url(),
                a.published() == null ? null : a.published().toString(), a.author(), a.language(), a.event()}) {
            fields.putInt(strings.index(s));
        }
        fields.putInt(a.blocks().size());
        for (Block block : a.blocks()) {
            fields.put(block.kind().ordinal());
            fields.putInt(strings.index(block.text()));
            fields.putInt(strings.index(block.markup()));
        }
        fields.putInt(a.removed().size());
        for (Removed removed : a.removed()) {
            fields.putInt(strings.index(removed.text()));
            fields.putInt(strings.index(removed.reason()));
        }
        putStrings(a.warnings(), strings, fields);
        fields.put(a.draft() ? 1 : 0);
        putStrings(entry.titleStems(), strings, fields);
        fields.putInt(entry.sentences().size());
        for (Sentence sentence : entry.sentences()) {
            fields.putInt(sentence.index());
            fields.putInt(sentence.block());
            fields.put(sentence.heading() ? 1 : 0);
            fields.putInt(strings.index(sentence.text()));
            putStrings(sentence.stems(), strings, fields);
        }
        fields.putInt(entry.termCounts().size());
        for (Map.Entry<String, Integer> count : entry.termCounts().entrySet()) {
            fields.putInt(strings.index(count.getKey()));
            fields.putInt(count.getValue());
        }
        putStrings(List.copyOf(entry.nameStems()), strings, fields);
        fields.putInt(entry.surfaces().size());
        for (Map.Entry<String, String> surface : entry.surfaces().entrySet()) {
            fields.putInt(strings.index(surface.getKey()));
            fields.putInt(strings.index(surface.getValue()));
        }
        Bytes out = new Bytes(fields.size + (1 << 13));
        out.putInt(strings.table.size());
        for (String s : strings.table) out.putLongUtf(s);
        out.put(fields);
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
    static AnalyzedArticle read(byte[] bytes) throws IOException {
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
            Fields s = new Fields(table, in);
            AnalyzedArticle entry = read(s, in);
            if (in.hasRemaining()) throw new IOException("bytes after the entry");
            return entry;
        } catch (BufferUnderflowException e) {
            throw new IOException("entry cut short", e);
        } catch (RuntimeException e) { // a record's constructor refused what it read
            throw new IOException("entry does not make a report: " + e, e);
        }
    }

    private static AnalyzedArticle read(Fields s, ByteBuffer in) throws IOException {
        String id = s.next(), file = s.next(), title = s.next(), source = s.next(), url = s.next();
        String published = s.next();
        String author = s.next(), language = s.next(), event = s.next();
        List<Block> blocks = new ArrayList<>();
        for (int i = s.count(); i > 0; i--) {
            int kind = in.get() & 0xFF;
            if (kind >= KINDS.length) throw new IOException("unknown block kind " + kind);
            blocks.add(new Block(KINDS[kind], s.next(), s.next()));
        }
        List<Removed> removed = new ArrayList<>();
        for (int i = s.count(); i > 0; i--) removed.add(new Removed(s.next(), s.next()));
        List<String> warnings = s.list();
        boolean draft = in.get() != 0;
        Article article = new Article(id, file, title, source, url, published == null ? null : LocalDate.parse(published),
                author, language, event, blocks, removed, warnings, draft);
        List<String> titleStems = s.list();
        List<Sentence> sentences = new ArrayList<>();
        for (int i = s.count(); i > 0; i--) {
            int index = in.getInt(), block = in.getInt();
            boolean heading = in.get() != 0;
            sentences.add(new Sentence(index, block, heading, s.next(), s.list()));
        }
        SortedMap<String, Integer> termCounts = new TreeMap<>();
        for (int i = s.count(); i > 0; i--) termCounts.put(s.next(), in.getInt());
        TreeSet<String> nameStems = new TreeSet<>(s.list());
        SortedMap<String, String> surfaces = new TreeMap<>();
        for (int i = s.count(); i > 0; i--) surfaces.put(s.next(), s.next());
        return new AnalyzedArticle(article, titleStems, sentences, termCounts, nameStems, surfaces);
    }

    private static void putStrings(List<String> list, Strings strings, Bytes out) {
        out.putInt(list.size());
        for (String s : list) out.putInt(strings.index(s));
    }

    private static String readLongUtf(ByteBuffer in) throws IOException {
        int length = in.getInt();
        if (length == -1) return null;
        if (length < 0 || length > in.remaining()) throw new IOException("bad string length " + length);
        String s = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
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

    /** Reads string-table indexes and counts, checking each against the table. */
    private record Fields(String[] table, ByteBuffer in) {
        String next() throws IOException {
            int index = in.getInt();
            if (index < 0 || index >= table.length) throw new IOException("bad string index " + index);
            return table[index];
        }

        int count() throws IOException {
            int count = in.getInt();
            if (count < 0 || count > in.remaining()) throw new IOException("bad count " + count);
            return count;
        }

        List<String> list() throws IOException {
            List<String> list = new ArrayList<>();
            for (int i = count(); i > 0; i--) list.add(next());
            return list;
        }
    }
}
