package crosscheck.core;

/** How many words a text has, counted as runs of characters other than white space: the stages' plain measure. */
public final class WordCount {
    private WordCount() {
    }

    /** The number of white-space separated words of {@code text}. */
    public static int of(String text) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in) count++;
            in = !space;
        }
        return count;
    }
}
