package crosscheck;

/**
 * What choosing the reports to publish marked and left out ({@link Published}), counted once when the build chooses
 * and told with its {@link Build.Result}.
 *
 * @param drafts        how many of the published reports are drafts (none unless drafts were asked for)
 * @param draftsLeftOut how many drafts were left out
 * @param excluded      how many reports were left out because {@code events.yml} excludes them (drafts or not)
 */
public record Selection(int drafts, int draftsLeftOut, int excluded) {
}
