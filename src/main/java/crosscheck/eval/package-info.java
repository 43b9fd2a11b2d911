/**
 * Evaluations and benchmarks against development data and synthetic corpora, run by the scripts in src/eval; not
 * part of a build. May import every package.
 */
package crosscheck.eval;
