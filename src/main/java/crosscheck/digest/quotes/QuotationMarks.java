package crosscheck.digest.quotes;

import java.util.ArrayList;
import java.util.List;

/** Quotation spans of a paragraph: “...” pairs and "..." pairs, each from its opening to its closing mark. */
final class QuotationMarks {
    private QuotationMarks() {
    }

    /** Spans {start, end} of a paragraph's quotations, end just past the closing mark, in order. */
    static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        int curly = -1;
        int straight = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“') {
                curly = i; // an opening mark with no closing one before it: a quotation running on past the paragraph
            } else if (c == '”' && curly >= 0) {
                out.add(new int[] {curly, i + 1});
                curly = -1;
            } else if (c == '"') {
                if (straight < 0) {
                    straight = i;
                } else {
                    out.add(new int[] {straight, i + 1});
                    straight = -1;
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }

    /** The words of a quotation without its marks; a comma leading into the attribution is dropped. */
    static String inner(String text, int[] span) {
        String inner = text.substring(span[0] + 1, span[1] - 1).strip();
        return inner.endsWith(",") ? inner.substring(0, inner.length() - 1).strip() : inner;
    }
}
