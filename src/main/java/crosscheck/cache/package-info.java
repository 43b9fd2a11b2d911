/**
 * Keeps each report cleaned and analysed, and each event's digest while its reports stay the same, across builds,
 * in memory and on disk.
 * Entry point: {@link crosscheck.cache.ReportCache}. May import: the stages (core to digest); not render.
 */
package crosscheck.cache;
