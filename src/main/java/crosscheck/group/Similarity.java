package crosscheck.group;

/**
 * How alike two reports are, from 0 to 1: a weighted mean of the cosines of their word, name and figure
 * channels (a channel one of them lacks is left out of the mean), moved up when they mention the same days
 * or the same latest year, and down when their latest years differ. Reports in another language than the site's
 * are compared on their names and figures only (and the dates they mention), never on words.
 */
final class Similarity {
    /** Reports mentioning dates at most this many days apart are taken to report the same days. */
    static final int SAME_DAYS = 3;

    private final EventGrouper.Settings settings;

    Similarity(EventGrouper.Settings settings) {
        this.settings = settings;
    }

    double of(ReportFeatures a, ReportFeatures b) {
        if (!onWords(a, b)) return onNamesAndFigures(a, b);
        double total = 1;
        double sum = (1 - settings.nameWeight() - settings.numberWeight()) * a.words.cosine(b.words);
        if (a.names.isEmpty() || b.names.isEmpty()) total -= settings.nameWeight();
        else sum += settings.nameWeight() * a.names.cosine(b.names);
        if (a.numbers.isEmpty() || b.numbers.isEmpty()) total -= settings.numberWeight();
        else sum += settings.numberWeight() * a.numbers.cosine(b.numbers);
        double score = total > 0 ? sum / total : 0;
        return Math.max(0, Math.min(1, score + time(a.mentions, b.mentions)));
    }

    /** Whether two reports may be compared on their words: both in the site's language (or of unknown language). */
    boolean onWords(ReportFeatures a, ReportFeatures b) {
        return inSiteLanguage(a) && inSiteLanguage(b);
    }

    private boolean inSiteLanguage(ReportFeatures r) {
        String language = r.article.primaryLanguage();
        return settings.siteLanguage() == null || language == null || language.equals(settings.siteLanguage());
    }

    /** The similarity of reports that may not be compared on words: their name and figure channels only. */
    private double onNamesAndFigures(ReportFeatures a, ReportFeatures b) {
        double total = 0;
        double sum = 0;
        if (!a.names.isEmpty() && !b.names.isEmpty()) {
            total += settings.nameWeight();
            sum += settings.nameWeight() * a.names.cosine(b.names);
        }
        if (!a.numbers.isEmpty() && !b.numbers.isEmpty()) {
            total += settings.numberWeight();
            sum += settings.numberWeight() * a.numbers.cosine(b.numbers);
        }
        if (total == 0 || sum == 0) return 0;
        return Math.max(0, Math.min(1, sum / total + time(a.mentions, b.mentions)));
    }

    /** Evidence from the dates and years two reports mention. */
    private double time(Mentions a, Mentions b) {
        double evidence = 0;
        long days = a.closestDays(b);
        if (days >= 0 && days <= SAME_DAYS) evidence += settings.timeWeight();
        Integer ya = a.latestYear();
        Integer yb = b.latestYear();
        if (ya != null && yb != null) evidence += ya.equals(yb) ? settings.timeWeight() : -settings.timeWeight();
        return evidence;
    }
}
