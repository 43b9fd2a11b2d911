/**
 * What {@code serve} runs on: the loopback HTTP server that shows a planned site from memory, live reload, and the
 * watcher of the content and templates folders. Entry points: {@link crosscheck.preview.PreviewServer},
 * {@link crosscheck.preview.ContentWatcher}. May import: everything up to the build ({@code crosscheck}).
 */
package crosscheck.preview;
