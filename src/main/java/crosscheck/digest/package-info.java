/**
 * The digest stage: merges one event's reports into a {@link crosscheck.digest.Digest} (summary sentences with
 * every report that states them, figures, quotes, names). Entry point: {@link crosscheck.digest.Digester#digest}.
 * May import: core, ingest, clean, text, group.
 */
package crosscheck.digest;
