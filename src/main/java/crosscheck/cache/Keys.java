package crosscheck.cache;

import crosscheck.ingest.RawReport;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Cache keys: a SHA-256 of the code's version and of the whole report as {@link RecordCodec} writes it, every
 * component of {@link RawReport} and of its front matter, so that a component added to either is part of the key
 * with no change here.
 */
final class Keys {
    private static final RecordCodec.Node REPORT = RecordCodec.of(RawReport.class);
    /** What a key is made of, component by component: part of the cache's version. */
    static final String SHAPE = RecordCodec.shape(RawReport.class);

    private Keys() {
    }

    /** The key of one report for the code of {@code version}: 64 hex digits. */
    static String of(RawReport report, String version) {
        DigestOut out = new DigestOut();
        out.putString(version);
        REPORT.write(report, out);
        return HexFormat.of().formatHex(out.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Feeds what is written to a SHA-256; strings with their length (-1 for null), so fields stay apart. */
    private static final class DigestOut implements RecordCodec.Out {
        private final MessageDigest digest = sha256();
        private final byte[] buffer = new byte[256];
        private int size;

        @Override
        public void put(int b) {
            if (size == buffer.length) flush();
            buffer[size++] = (byte) b;
        }

        @Override
        public void putInt(int v) {
            for (int shift = 24; shift >= 0; shift -= 8) put(v >>> shift);
        }

        @Override
        public void putLong(long v) {
            putInt((int) (v >>> 32));
            putInt((int) v);
        }

        @Override
        public void putString(String s) {
            if (s == null) {
                putInt(-1);
                return;
            }
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            putInt(utf8.length);
            flush();
            digest.update(utf8);
        }

        byte[] digest() {
            flush();
            return digest.digest();
        }

        private void flush() {
            digest.update(buffer, 0, size);
            size = 0;
        }
    }
}
