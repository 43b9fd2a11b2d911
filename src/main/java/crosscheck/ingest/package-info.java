/**
 * The first stage: reads the content folder (site.yml, articles/, events.yml, entities.yml, pages/) into a
 * {@link crosscheck.ingest.Content} of decoded {@link crosscheck.ingest.RawReport}s, front matter and the
 * curator's decisions. Entry point: {@link crosscheck.ingest.ContentReader#read}. May import: core, dates.
 */
package crosscheck.ingest;
