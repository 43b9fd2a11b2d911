/**
 * The direct quotations of an event's reports with their speakers, merged across reports. Entry point:
 * {@link crosscheck.digest.quotes.Quotes#of}, giving {@link crosscheck.digest.quotes.Quote}s.
 * May import: core, ingest, clean, text, group, digest.wording.
 */
package crosscheck.digest.quotes;
