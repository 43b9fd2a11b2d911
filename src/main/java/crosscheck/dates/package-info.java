/**
 * Dates in free text: the one set of patterns (month and weekday names, numeric and written dates, years, clock
 * times, "2 days ago") that the cleaner, the grouper and the figures read dates with. Entry point:
 * {@link crosscheck.dates.DateFinder}. It sits just above core, below every stage that reads text, and imports no
 * other package of Crosscheck.
 */
package crosscheck.dates;
