/**
 * The small types every stage shares: {@link crosscheck.core.Warning} (a problem the build worked around),
 * {@link crosscheck.core.BuildException} (one the user must fix, naming the file and what to do),
 * {@link crosscheck.core.Progress} (how a build goes), {@link crosscheck.core.Slug} (safe address names),
 * {@link crosscheck.core.Urls} (the host of a web address), {@link crosscheck.core.WordCount} (words as runs of
 * non-space), {@link crosscheck.core.Texts} (plain-text helpers of the cleaning steps), and two helpers of how work
 * is done: {@link crosscheck.core.Parallel} (a stage's items on every core) and {@link crosscheck.core.LastRoundMemo}
 * (what one rebuild worked out, for the next).
 * It imports no other package of Crosscheck.
 */
package crosscheck.core;
