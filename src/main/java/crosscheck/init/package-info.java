/**
 * Writes a new site for {@code crosscheck init}: site.yml, an example report, a Pages workflow and a README. Entry
 * point: {@link crosscheck.init.NewSite#write}. May import: everything up to preview (today only core).
 */
package crosscheck.init;
