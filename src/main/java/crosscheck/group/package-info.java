/**
 * The group stage: gathers the reports that cover one event into {@link crosscheck.group.Event}s. Entry point:
 * {@link crosscheck.group.EventGrouper#group}. May import: core, dates, ingest, clean, analyse.
 */
package crosscheck.group;
