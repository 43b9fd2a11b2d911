/**
 * The render stage: plans and writes the site through the Freemarker templates ({@link crosscheck.render.SitePlan}),
 * and replaces the output folder only when it is a site Crosscheck built. Entry point:
 * {@link crosscheck.render.SiteRenderer#plan}. May import: every stage before it (core, dates, ingest, clean, text,
 * group, digest).
 */
package crosscheck.render;
