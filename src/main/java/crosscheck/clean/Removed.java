package crosscheck.clean;

/** A piece of a page the cleaner dropped, and why ("navigation", "reader comments", ...). */
public record Removed(String text, String reason) {
}
