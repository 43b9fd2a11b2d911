/**
 * One build of the site, in one method ({@link crosscheck.Build}): ingest, clean, analyse, group, address, digest,
 * render.
 * May import the stages, render and cache; the preview server, init, the command line and the evaluations come
 * after it. See {@code PackageOrderTest} for the whole order.
 */
package crosscheck;
