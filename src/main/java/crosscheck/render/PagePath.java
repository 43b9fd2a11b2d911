package crosscheck.render;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Where a page lives inside the site: a folder holding {@code index.html}, given as folder names from the
 * site root ({@code []} for the home page, {@code [events, <id>]} for an event). Every name is a single
 * safe folder name (see {@link PageNames}).
 */
record PagePath(List<String> folders) {
    static final PagePath HOME = new PagePath(List.of());

    PagePath {
        folders = List.copyOf(folders);
        for (String folder : folders) {
            if (folder.isEmpty() || folder.equals(".") || folder.equals("..") || folder.contains("/")
                    || folder.contains("\\")) {
                throw new IllegalArgumentException("not a safe folder name: " + folder);
            }
        }
    }

    static PagePath of(String section, String name) {
        return new PagePath(List.of(section, name));
    }

    /** The page's address inside the site, percent-encoded, ending in "/" ("" for the home page). */
    String url() {
        StringBuilder out = new StringBuilder();
        for (String folder : folders) out.append(encode(folder)).append('/');
        return out.toString();
    }

    /** Prefix that leads from this page back to the site root: "./" for the home page, else "../" per level. */
    String root() {
        return folders.isEmpty() ? "./" : "../".repeat(folders.size());
    }

    /** A relative link from this page to {@code target}. */
    String linkTo(PagePath target) {
        return root() + target.url();
    }

    /** A relative link from this page to a file given by its path from the site root, e.g. "assets/style.css". */
    String linkToFile(String sitePath) {
        return root() + sitePath;
    }

    /** The page's file from the site root, folders as they are (not encoded): {@code events/<id>/index.html}. */
    String file() {
        return folders.isEmpty() ? "index.html" : String.join("/", folders) + "/index.html";
    }

    /** Percent-encodes everything but unreserved URL characters (RFC 3986), as UTF-8. */
    static String encode(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
