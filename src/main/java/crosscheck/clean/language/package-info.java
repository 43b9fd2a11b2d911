/**
 * The language of a report, for the clean stage: guessed from its text by script and stop words ({@link
 * crosscheck.clean.language.LanguageGuesser}), chosen between front matter, page and text ({@link
 * crosscheck.clean.language.ReportLanguage}, {@link crosscheck.clean.language.LanguageSource}), and whether one
 * sentence is in another language than the site's ({@link crosscheck.clean.language.SentenceLanguage}). Imports no
 * other package of Crosscheck; crosscheck.clean uses it.
 */
package crosscheck.clean.language;
