package crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
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
 * then strict UTF-8, then Windows-1252, the usual encoding of undeclared Western pages.
 * Invalid bytes never fail: they decode to U+FFFD.
 */
final class TextDecoder {
    private static final Pattern DECLARED = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([a-z0-9_:.\\-]+)");
    private static final int SNIFF_BYTES = 8192;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** The decoded text and whether the encoding had to be guessed. */
    record Decoded(String text, Charset charset, boolean guessed) {
    }

    static Decoded decode(byte[] bytes, boolean lookForDeclaration) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return strictOrLenient(bytes, 3, StandardCharsets.UTF_8, false);
        if (startsWith(bytes, 0xFE, 0xFF)) return lenient(bytes, 2, StandardCharsets.UTF_16BE, false);
        if (startsWith(bytes, 0xFF, 0xFE)) return lenient(bytes, 2, StandardCharsets.UTF_16LE, false);
        if (lookForDeclaration) {
            Charset declared = declaredCharset(bytes);
            if (declared != null) return strictOrLenient(bytes, 0, declared, false);
        }
        try {
            return new Decoded(strict(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException notUtf8) {
            return lenient(bytes, 0, WINDOWS_1252, true);
        }
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
        if (name.startsWith("utf-16")) return StandardCharsets.UTF_8;
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null;
        }
    }

    private static Decoded strictOrLenient(byte[] bytes, int offset, Charset charset, boolean guessed) {
        try {
            return new Decoded(strict(bytes, offset, charset), charset, guessed);
        } catch (CharacterCodingException invalid) {
            if (charset.equals(StandardCharsets.UTF_8)) return lenient(bytes, offset, charset, true);
            return lenient(bytes, offset, charset, guessed);
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    private static Decoded lenient(byte[] bytes, int offset, Charset charset, boolean guessed) {
        return new Decoded(new String(bytes, offset, bytes.length - offset, charset), charset, guessed);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
