/**
 * What a report shows about itself, for the clean stage: what its page's markup states ({@link
 * crosscheck.clean.metadata.PageMetadata}: title, outlet, author, date, address, language, read from meta tags,
 * JSON-LD and the page's headings), who its credit lines and bylines credit ({@link crosscheck.clean.metadata.Credits},
 * {@link crosscheck.clean.metadata.Credit}), together as {@link crosscheck.clean.metadata.Metadata}. May import: core, dates; not
 * crosscheck.clean, which uses it.
 */
package crosscheck.clean.metadata;
