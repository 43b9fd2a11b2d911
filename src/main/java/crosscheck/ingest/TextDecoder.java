package crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a report into text. Order of evidence: a byte-order mark, then (for web pages) a
 * declared charset in the first few kilobytes ({@code <meta charset>}, http-equiv, XML declaration),
 * then UTF-8, then Windows-1252, the usual encoding of undeclared Western pages.
 *
 * <p>Bytes that are valid UTF-8 with multi-byte characters are read as UTF-8 even where the page declares a
 * single-byte charset (a page saved again as UTF-8 keeps its old declaration; legacy text practically never
 * forms valid UTF-8 sequences). Text that is UTF-8 with a few stray bytes (pasted from a Windows-1252 source)
 * keeps its UTF-8 and reads each stray byte as Windows-1252. Invalid bytes never fail: what no charset can read
 * decodes to U+FFFD, and the problem is reported.
 */
final class TextDecoder {
    private static final Pattern DECLARED = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([a-z0-9_:.\\-]+)");
    private static final int SNIFF_BYTES = 8192;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /**
     * The decoded text.
     *
     * @param charset the charset most of the text was read in
     * @param guessed whether the encoding had to be guessed or the bytes did not fit it
     * @param problem what was wrong with the bytes, for a warning; null when nothing was
     */
    record Decoded(String text, Charset charset, boolean guessed, String problem) {
    }

    /** How the bytes fare as UTF-8. */
    private record Utf8(int multiByte, int invalid) {
        boolean valid() {
            return invalid == 0;
        }
    }

    static Decoded decode(byte[] bytes, boolean lookForDeclaration) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return utf8(bytes, 3, scan(bytes, 3), "UTF-8 (its byte-order mark)");
        if (startsWith(bytes, 0xFE, 0xFF)) return lenient(bytes, 2, StandardCharsets.UTF_16BE, false);
        if (startsWith(bytes, 0xFF, 0xFE)) return lenient(bytes, 2, StandardCharsets.UTF_16LE, false);
        Utf8 utf8 = scan(bytes, 0);
        Charset declared = lookForDeclaration ? declaredCharset(bytes) : null;
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            boolean singleByte = declared.canEncode() && declared.newEncoder().maxBytesPerChar() <= 1;
            if (!(singleByte && utf8.valid() && utf8.multiByte() > 0)) return declared(bytes, declared);
        }
        if (utf8.valid()) return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false, null);
        if (declared != null) return utf8(bytes, 0, utf8, "UTF-8 (its declared encoding)");
        if (utf8.multiByte() > utf8.invalid()) return utf8(bytes, 0, utf8, "mostly UTF-8");
        return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, true,
                "the file is not valid UTF-8 and declares no encoding: read as windows-1252");
    }

    /** UTF-8 with a few stray bytes: each stray byte is read as Windows-1252. */
    private static Decoded utf8(byte[] bytes, int offset, Utf8 scan, String what) {
        if (scan.valid()) {
            String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            return new Decoded(text, StandardCharsets.UTF_8, false, null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 16);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) break;
            if (result.isOverflow()) {
                out = grow(out);
                continue;
            }
            for (int i = 0; i < result.length(); i++) {
                if (!out.hasRemaining()) out = grow(out);
                out.put(windows1252(in.get()));
            }
        }
        decoder.flush(out);
        out.flip();
        String problem = "the file is " + what + " but has " + scan.invalid() + " byte"
                + (scan.invalid() == 1 ? " that is" : "s that are") + " not: read as windows-1252";
        return new Decoded(out.toString(), StandardCharsets.UTF_8, true, problem);
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        return bigger;
    }

    private static char windows1252(byte b) {
        String decoded = new String(new byte[] {b}, WINDOWS_1252);
        return decoded.isEmpty() ? '\uFFFD' : decoded.charAt(0);
    }

    /** Counts the valid multi-byte sequences and the bytes that are not valid UTF-8. */
    private static Utf8 scan(byte[] bytes, int offset) {
        int multiByte = 0;
        int invalid = 0;
        int i = offset;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                min = 0x10000;
            } else {
                invalid++;
                i++;
                continue;
            }
            int code = b & (0xFF >> (length + 1));
            boolean ok = i + length <= n;
            for (int k = 1; ok && k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) ok = false;
                else code = (code << 6) | (next & 0x3F);
            }
            if (ok && (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))) ok = false;
            if (ok) {
                multiByte++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        return new Utf8(multiByte, invalid);
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) return null;
        String name = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        // As browsers do (WHATWG Encoding): Latin-1 and ASCII labels mean Windows-1252; a page that
        // claims UTF-16 in its own bytes cannot be UTF-16.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return WINDOWS_1252;
        }
        if (name.startsWith("utf-16") || name.equals("utf8")) return StandardCharsets.UTF_8;
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null;
        }
    }

    /** Text in the charset the page declares; bytes that do not fit become U+FFFD, with a warning. */
    private static Decoded declared(byte[] bytes, Charset charset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new Decoded(text, charset, false, null);
        } catch (CharacterCodingException invalid) {
            return new Decoded(new String(bytes, charset), charset, true, "the file has bytes that are not valid "
                    + charset.name() + " (its declared encoding): they are shown as \uFFFD");
        }
    }

    private static Decoded lenient(byte[] bytes, int offset, Charset charset, boolean guessed) {
        return new Decoded(new String(bytes, offset, bytes.length - offset, charset), charset, guessed, null);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
