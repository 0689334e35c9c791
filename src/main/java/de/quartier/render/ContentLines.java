package de.quartier.render;

/**
 * Folding of iCalendar and vCard content lines (RFC 5545 3.1, RFC 6350 3.2): no line longer than
 * 75 octets, a fold never inside a UTF-8 character, continuation lines start with a space.
 */
public final class ContentLines {
    public static final int LIMIT = 75;

    private ContentLines() {
    }

    /**
     * Appends one content line, folded after at most 75 octets, and its CRLF. The pieces between
     * folds are appended whole: most lines need no fold (calendars hold hundreds of thousands).
     */
    public static void fold(String line, StringBuilder out) {
        int octets = 0;
        int limit = LIMIT;
        int piece = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + n > limit) {
                out.append(line, piece, i).append("\r\n ");
                piece = i;
                octets = 0;
                limit = LIMIT - 1;   // the leading space counts
            }
            octets += n;
            i += Character.charCount(cp);
        }
        out.append(line, piece, line.length()).append("\r\n");
    }

    /**
     * A TEXT value of iCalendar (RFC 5545 3.3.11) and vCard (RFC 6350 3.4): backslash, comma and
     * semicolon escaped, each line break (CRLF, CR or LF) as \n.
     */
    public static String escapeText(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case ';' -> sb.append("\\;");
                case ',' -> sb.append("\\,");
                case '\n' -> sb.append("\\n");
                case '\r' -> {
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') continue;
                    sb.append("\\n");
                }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

}
