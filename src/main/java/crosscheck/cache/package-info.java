/**
 * Keeps each report cleaned and analysed, and each unchanged event's digest, across builds, in memory and on disk.
 * Entry point: {@link crosscheck.cache.ReportCache}. May import: the stages (core to digest); not render.
 */
package crosscheck.cache;
