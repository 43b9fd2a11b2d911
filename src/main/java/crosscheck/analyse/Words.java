package crosscheck.analyse;

/** Word counts as a reader would count them: runs of non-space characters holding a letter or digit. */
public final class Words {
    private Words() {
    }

    public static int count(String text) {
        int words = 0;
        boolean inWord = false;
        boolean hasContent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord && hasContent) words++;
                inWord = false;
                hasContent = false;
            } else {
                inWord = true;
                hasContent |= Character.isLetterOrDigit(c);
            }
        }
        if (inWord && hasContent) words++;
        return words;
    }
}
