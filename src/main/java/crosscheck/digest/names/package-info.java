/**
 * The people, places and organisations an event's reports name, one name each across spellings and the curator's
 * list. Entry point: {@link crosscheck.digest.names.Entities#of}, giving {@link crosscheck.digest.names.Entity}s.
 * May import: core, dates, ingest, clean, analyse, group, digest.wording.
 */
package crosscheck.digest.names;
