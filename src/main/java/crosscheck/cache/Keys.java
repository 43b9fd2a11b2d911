package crosscheck.cache;

import crosscheck.ingest.FrontMatter;
import crosscheck.ingest.RawReport;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Cache keys: a SHA-256 of everything cleaning and analysis read from a report, with the code's version. */
final class Keys {
    private Keys() {
    }

    /** The key of one report for the code of {@code version}: 64 hex digits. */
    static String of(RawReport report, String version) {
        MessageDigest digest = sha256();
        FrontMatter front = report.frontMatter();
        for (Object field : new Object[] {version, report.id(), report.file(), report.format(), report.bodyLine(),
                front.title(), front.source(), front.url(), front.published(), front.author(), front.language(),
                front.event(), front.draft(), report.body()}) {
            String text = String.valueOf(field);
            digest.update(bytes(field == null ? -1 : text.length())); // separates fields and null from "null"
            digest.update(text.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static byte[] bytes(long value) {
        byte[] bytes = new byte[Long.BYTES];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (value >>> (8 * i));
        return bytes;
    }
}
