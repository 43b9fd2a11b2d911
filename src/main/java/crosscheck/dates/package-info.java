/**
 * Dates in free text: the one set of patterns (month and weekday names, numeric and written dates, years, clock
 * times, "2 days ago") that the cleaner, the grouper and the figures read dates with. Entry points:
 * {@link crosscheck.dates.DateFinder} for the dates a text writes, and {@link crosscheck.dates.ReportedDays} for
 * the days a report's sentences refer to ("on Tuesday", "March 26", "yesterday"), read against its publication
 * date. It sits just above core, below every stage that reads text, and imports no other package of Crosscheck.
 */
package crosscheck.dates;
