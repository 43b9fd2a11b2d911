package crosscheck.clean;

import crosscheck.clean.metadata.Metadata;
import java.util.List;

/**
 * A report split into candidate pieces in reading order, with the metadata its page shows.
 *
 * @param baseUri  the address relative links of the page resolve against ({@code <base href>}), or null
 * @param warnings problems with the page the reading worked around, for {@link Report#warnings()}
 */
record Draft(List<Piece> pieces, Metadata metadata, String baseUri, List<String> warnings) {
    Draft(List<Piece> pieces, Metadata metadata) {
        this(pieces, metadata, null, List.of());
    }
}
