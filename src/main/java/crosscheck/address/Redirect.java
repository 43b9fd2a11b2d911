package crosscheck.address;

import crosscheck.core.Slug;

/**
 * An event page that moved: {@code events/<from>/} leads to {@code events/<to>/}, the page of the event that now
 * holds most of the reports it showed.
 *
 * @param from the retired slug, no event's address
 * @param to   the slug of the event it leads to
 */
public record Redirect(String from, String to) {
    public Redirect {
        if (!Slug.isValid(from)) throw new IllegalArgumentException("not a slug: " + from);
        if (!Slug.isValid(to)) throw new IllegalArgumentException("not a slug: " + to);
        if (from.equals(to)) throw new IllegalArgumentException("a redirect to itself: " + from);
    }
}
