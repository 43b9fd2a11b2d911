/**
 * The figures an event's reports give: each number with what it counts and the day it is about, the values side by
 * side with their reports, and whether the reports truly disagree. Entry point:
 * {@link crosscheck.digest.figures.Figures#of}, giving {@link crosscheck.digest.figures.Figure}s.
 * May import: core, dates, ingest, clean, analyse, group, digest.wording.
 */
package crosscheck.digest.figures;
