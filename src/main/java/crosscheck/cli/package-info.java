/**
 * The command line: init, build, serve, extract and templates. Entry point: {@link crosscheck.cli.Main}. May import
 * every package but eval.
 */
package crosscheck.cli;
