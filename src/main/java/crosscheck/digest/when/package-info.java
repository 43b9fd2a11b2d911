/**
 * The day an event happened, as its reports tell it: a part of the digest stage beside the summary, figures,
 * quotes and names, using none of them. Entry point: {@link crosscheck.digest.when.EventDating#of}, which gives an
 * {@link crosscheck.digest.when.EventDate}.
 * May import: core, dates, ingest, clean, analyse, group.
 */
package crosscheck.digest.when;
