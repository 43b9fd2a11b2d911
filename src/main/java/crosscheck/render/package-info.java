/**
 * The render stage: plans and writes the site through the Freemarker templates ({@link crosscheck.render.SitePlan}),
 * and replaces the output folder only when it is a site Crosscheck built. Entry points:
 * {@link crosscheck.render.SiteRenderer#plan}, then {@link crosscheck.render.OutputFolder} to write the plan into the
 * output folder. May import: every stage before it (core, dates, ingest, clean, analyse, group, address,
 * digest).
 */
package crosscheck.render;
