package crosscheck.clean;

import java.util.List;

/** A report split into candidate pieces in reading order, with the metadata its page shows. */
record Draft(List<Piece> pieces, Metadata metadata) {
}
