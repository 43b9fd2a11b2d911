/**
 * The first stage: reads the content folder (site.yml, articles/, events.yml, entities.yml, pages/,
 * .crosscheck/slugs) into a {@link crosscheck.ingest.Content} of decoded {@link crosscheck.ingest.RawReport}s, front
 * matter, the curator's decisions and the event addresses the site published. Entry point:
 * {@link crosscheck.ingest.ContentReader#read}; {@link crosscheck.ingest.SlugFile#write} writes the addresses back
 * for the build. May import: core, dates.
 */
package crosscheck.ingest;
