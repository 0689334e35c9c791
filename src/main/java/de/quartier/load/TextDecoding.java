package de.quartier.load;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.SourceSpan;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A text file's bytes as text: strict UTF-8, and what a record saved in another encoding still says. */
final class TextDecoding {
    private TextDecoding() {
    }

    /** Strict UTF-8; a bad byte is reported at its line and column. A BOM is dropped. */
    static Optional<String> utf8(byte[] bytes, String rel, Diagnostics diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1 + (int) before.chars().filter(ch -> ch == '\n').count();
            int column = before.length() - (before.lastIndexOf('\n') + 1) + 1;
            int bad = bytes[in.position()] & 0xff;
            diagnostics.error(Code.NOT_UTF8, new SourceSpan(rel, line, column, 1),
                    String.format("the file is not UTF-8: byte 0x%02X cannot be read", bad),
                    bad >= 0x80 ? "save the file as UTF-8 (it looks like Windows-1252 or ISO-8859-1, e.g. an umlaut)" : "save the file as UTF-8");
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        String s = out.toString();
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
        return Optional.of(s);
    }

    /**
     * Text saved in an 8-bit encoding (an umlaut in Windows-1252), each byte that is not UTF-8 as
     * U+FFFD; empty for a binary file, which has control characters other than tab and line ends.
     * However few its letters, a short record is text (a ratio of bad bytes took "Bürgerverein Süd" for binary).
     */
    static Optional<String> legacyText(byte[] bytes) {
        for (byte b : bytes) if ((b & 0xff) < 0x20 && b != '\t' && b != '\n' && b != '\r') return Optional.empty();
        String s = new String(bytes, StandardCharsets.UTF_8);
        return Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
    }
}
