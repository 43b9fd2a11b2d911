/**
 * The digest stage: merges one event's reports into a {@link crosscheck.digest.Digest}. Entry point:
 * {@link crosscheck.digest.Digester#digest}, which composes five parts that do not use one another: the summary
 * ({@code summary}), the figures ({@code figures}), the quotations ({@code quotes}), the people and places
 * ({@code names}) and the day the event happened ({@code when}); {@code wording} holds what they share about how
 * a sentence is written.
 * May import: core, dates, ingest, clean, analyse, group, and its own subpackages.
 */
package crosscheck.digest;
