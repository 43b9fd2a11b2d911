/**
 * The small types every stage shares: {@link crosscheck.core.Warning} (a problem the build worked around),
 * {@link crosscheck.core.BuildException} (one the user must fix, naming the file and what to do),
 * {@link crosscheck.core.Progress} (how a build goes) and {@link crosscheck.core.Slug} (safe address names).
 * It imports no other package of Crosscheck.
 */
package crosscheck.core;
