/**
 * When things happened, as an event's reports tell it: a part of the digest stage beside the summary, figures,
 * quotes and names, using none of them (the summary's claims come in as plain {@link
 * crosscheck.digest.when.SummaryClaim}s). Entry point: {@link crosscheck.digest.when.EventTimeline#of}, which gives
 * the day the event happened ({@link crosscheck.digest.when.EventDate}, by {@link
 * crosscheck.digest.when.EventDating}) and its dated developments ({@link crosscheck.digest.when.Development}s),
 * from each report read once.
 * May import: core, dates, ingest, clean, analyse, group, digest.wording.
 */
package crosscheck.digest.when;
