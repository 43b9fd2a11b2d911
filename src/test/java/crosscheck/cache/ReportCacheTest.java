package crosscheck.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Analyser;
import crosscheck.clean.Cleaner;
import crosscheck.clean.Report;
import crosscheck.digest.Digest;
import crosscheck.digest.Digester;
import crosscheck.group.Event;
import crosscheck.group.GroupingEvidence;
import crosscheck.ingest.Format;
import crosscheck.ingest.FrontMatter;
import crosscheck.ingest.KnownEntities;
import crosscheck.ingest.RawReport;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCacheTest {
    private static final Cleaner CLEANER = new Cleaner();
    private static final Analyser ANALYSER = new Analyser();
    private static final FrontMatter STATED = new FrontMatter("Dock workers strike in Varna", "Port Herald",
            "https://example.org/strike", LocalDate.of(2024, 3, 24), "A. Writer", "en", null);
    private static final String PAGE = """
            <html><head><title>Strike</title></head><body>
            <nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
            <article><h1>Dock workers strike in Varna</h1>
            <p>Dock workers in the port of <a href="https://example.org/varna">Varna</a> walked out on Friday in a
            strike over pay, halting 40 ships, the union said.</p>
            <p>"We will not go back until the contract is signed," said union leader Ivan Petrov on Saturday.</p>
            <p>Port officials said talks would resume on Monday <em>at the earliest</em>.</p>
            <p>Read more: Port news roundup</p></article>
            <footer>Leave a Reply. Your email address will not be published.</footer></body></html>
            """;

    @TempDir
    Path dir;

    @AfterAll
    static void close() {
        ANALYSER.close();
    }

    private static RawReport report(String id, FrontMatter stated, String body) {
        return new RawReport(id, "articles/" + id + ".html", Format.HTML, stated, body, 9);
    }

    private static final List<RawReport> REPORTS = List.of(report("a", STATED, PAGE),
            report("b", FrontMatter.EMPTY, PAGE.replace("40 ships", "44 ships").replace("Varna", "Burgas")));

    /** What a build does with the cache; counts the reports it had to clean. */
    private static List<AnalysedReport> run(ReportCache cache, List<RawReport> reports, AtomicInteger cleaned) {
        return reports.stream().map(report -> {
            Report article = cache.cleaned(report, r -> {
                cleaned.incrementAndGet();
                return CLEANER.clean(r);
            });
            return cache.analysed(report, article, ANALYSER::analyse);
        }).toList();
    }

    private static List<AnalysedReport> fresh(List<RawReport> reports) {
        return reports.stream().map(r -> ANALYSER.analyse(CLEANER.clean(r))).toList();
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".bin")).toList();
        }
    }

    @Test
    void anEntryReadsBackEqualToWhatWasWritten() throws IOException {
        AnalysedReport analysed = fresh(REPORTS).get(0);
        assertFalse(analysed.report().removed().isEmpty(), "the fixture has boilerplate to remove");
        assertTrue(analysed.report().blocks().stream().anyMatch(b -> b.markup() != null), "and inline markup");
        assertNotNull(analysed.report().published());
        assertFalse(analysed.sentences().isEmpty());
        assertEquals(analysed, EntryCodec.read(EntryCodec.encode(analysed)));
    }

    @Test
    void everyCutShortOrOverlongEntryIsRejected() throws IOException {
        byte[] whole = EntryCodec.encode(fresh(REPORTS).get(0));
        for (int length = 0; length < whole.length; length++) {
            byte[] cut = java.util.Arrays.copyOf(whole, length);
            assertThrows(IOException.class, () -> EntryCodec.read(cut), "cut to " + length + " bytes");
        }
        assertThrows(IOException.class, () -> EntryCodec.read(java.util.Arrays.copyOf(whole, whole.length + 1)));
    }

    @Test
    void aLaterBuildTakesUnchangedReportsFromDiskWithoutCleaningThem() {
        AtomicInteger cleaned = new AtomicInteger();
        run(ReportCache.onDisk(dir), REPORTS, cleaned);
        assertEquals(2, cleaned.get());

        ReportCache later = ReportCache.onDisk(dir); // as in a new process
        List<AnalysedReport> again = run(later, REPORTS, cleaned);
        assertEquals(2, cleaned.get(), "nothing cleaned a second time");
        assertEquals(fresh(REPORTS), again);
        assertEquals(new ReportCache.Stats(2, 0, null), later.finish());
    }

    @Test
    void onlyTheChangedReportIsCleanedAgain() {
        run(ReportCache.onDisk(dir), REPORTS, new AtomicInteger());
        List<RawReport> edited = List.of(REPORTS.get(0),
                report("b", FrontMatter.EMPTY, REPORTS.get(1).body().replace("44 ships", "45 ships")));
        AtomicInteger cleaned = new AtomicInteger();
        ReportCache later = ReportCache.onDisk(dir);
        List<AnalysedReport> result = run(later, edited, cleaned);
        assertEquals(1, cleaned.get());
        assertEquals(fresh(edited), result);
        assertTrue(result.get(1).report().text().contains("45 ships"));
        assertEquals(new ReportCache.Stats(1, 1, null), later.finish());
    }

    @Test
    void frontMatterIsPartOfTheKey() {
        run(ReportCache.onDisk(dir), REPORTS, new AtomicInteger());
        FrontMatter retitled = new FrontMatter("Strike ends", STATED.source(), STATED.url(), STATED.published(),
                STATED.author(), STATED.language(), "varna-strike");
        AtomicInteger cleaned = new AtomicInteger();
        List<AnalysedReport> result = run(ReportCache.onDisk(dir), List.of(report("a", retitled, PAGE)), cleaned);
        assertEquals(1, cleaned.get());
        assertEquals("Strike ends", result.get(0).report().title());
        assertEquals("varna-strike", result.get(0).report().event());
    }

    @Test
    void draftIsPartOfTheKeyAndReadsBackFromDisk() throws IOException {
        run(ReportCache.onDisk(dir), REPORTS, new AtomicInteger());
        FrontMatter draft = new FrontMatter(STATED.title(), STATED.source(), STATED.url(), STATED.published(),
                STATED.author(), STATED.language(), STATED.event(), true);
        List<RawReport> drafted = List.of(report("a", draft, PAGE));
        AtomicInteger cleaned = new AtomicInteger();
        List<AnalysedReport> result = run(ReportCache.onDisk(dir), drafted, cleaned);
        assertEquals(1, cleaned.get(), "draft: true is a change of the report");
        assertTrue(result.get(0).report().draft());
        assertEquals(result.get(0), EntryCodec.read(EntryCodec.encode(result.get(0))));

        List<AnalysedReport> again = run(ReportCache.onDisk(dir), drafted, cleaned); // as in a new process
        assertEquals(1, cleaned.get(), "read back from disk");
        assertTrue(again.get(0).report().draft(), "still a draft");
        assertFalse(run(ReportCache.onDisk(dir), REPORTS, cleaned).get(0).report().draft());
    }

    @Test
    void aDamagedEntryIsAMissAndIsReplaced() throws IOException {
        run(ReportCache.onDisk(dir), REPORTS, new AtomicInteger());
        List<Path> written = entries();
        assertEquals(2, written.size());
        Files.write(written.get(0), new byte[] {0, 0, 0, 3, 1, 2});                     // torn
        Files.write(written.get(1), Files.readAllBytes(written.get(1)), java.nio.file.StandardOpenOption.APPEND);
        AtomicInteger cleaned = new AtomicInteger();
        assertEquals(fresh(REPORTS), run(ReportCache.onDisk(dir), REPORTS, cleaned));
        assertEquals(2, cleaned.get());
        cleaned.set(0);
        run(ReportCache.onDisk(dir), REPORTS, cleaned);
        assertEquals(0, cleaned.get(), "the damaged entries were written anew");
    }

    @Test
    void everyFlippedBitOfAnEntryIsRejected() {
        byte[] whole = EntryCodec.encode(fresh(REPORTS).get(0));
        for (int bit = 0; bit < whole.length * 8; bit++) {
            byte[] damaged = whole.clone();
            damaged[bit / 8] ^= (byte) (1 << (bit % 8));
            int at = bit;
            assertThrows(IOException.class, () -> EntryCodec.read(damaged), "bit " + at + " flipped");
        }
    }

    @Test
    void aDamagedEntryOnDiskIsAMissWhereverTheDamageIs() throws IOException {
        List<RawReport> one = REPORTS.subList(0, 1);
        List<AnalysedReport> expected = fresh(one);
        run(ReportCache.onDisk(dir), one, new AtomicInteger());
        Path entry = entries().get(0);
        byte[] whole = Files.readAllBytes(entry);
        java.util.Random random = new java.util.Random(12);
        for (int at = 0; at < whole.length; at += 1 + random.nextInt(8)) {
            byte[] damaged = whole.clone();
            damaged[at] ^= (byte) (1 << random.nextInt(8));
            Files.write(entry, damaged);
            AtomicInteger cleaned = new AtomicInteger();
            ReportCache cache = ReportCache.onDisk(dir); // as in a new process
            assertEquals(expected, run(cache, one, cleaned), "byte " + at + " damaged");
            assertEquals(1, cleaned.get(), "byte " + at + " damaged: a miss");
            cache.finish();
            assertTrue(java.util.Arrays.equals(whole, Files.readAllBytes(entry)), "rewritten after byte " + at);
        }
    }

    @Test
    void aChangedLetterInACachedTextIsNeverPublished() throws IOException {
        run(ReportCache.onDisk(dir), REPORTS.subList(0, 1), new AtomicInteger());
        Path entry = entries().get(0);
        String text = new String(Files.readAllBytes(entry), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("walked out"), "the entry holds the report's text");
        Files.write(entry, text.replace("walked out", "walked off").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        List<AnalysedReport> again = run(ReportCache.onDisk(dir), REPORTS.subList(0, 1), new AtomicInteger());
        assertEquals(fresh(REPORTS.subList(0, 1)), again);
        assertFalse(again.get(0).report().text().contains("walked off"));
    }

    @Test
    void aCacheFolderDeletedBetweenTwoBuildsOfOneProcessIsWrittenAgain() throws IOException {
        ReportCache cache = ReportCache.onDisk(dir.resolve("cache"));
        run(cache, REPORTS, new AtomicInteger());
        assertNull(cache.finish().problem());
        try (Stream<Path> files = Files.walk(dir.resolve("cache"))) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
        List<RawReport> changed = List.of(REPORTS.get(0), report("b", FrontMatter.EMPTY, PAGE.replace("40", "41")));
        AtomicInteger cleaned = new AtomicInteger();
        assertEquals(fresh(changed), run(cache, changed, cleaned));
        assertEquals(1, cleaned.get(), "the unchanged report still comes from memory");
        assertNull(cache.finish().problem(), "the folder is made again for the changed report");
        cleaned.set(0);
        run(ReportCache.onDisk(dir.resolve("cache")), changed, cleaned);
        assertEquals(1, cleaned.get(), "a new process finds the changed report's entry (the other was deleted)");
    }

    @Test
    void finishKeepsOnlyWhatTheBuildUsedAndDropsOtherCodeVersions() throws IOException {
        ReportCache first = ReportCache.onDisk(dir);
        run(first, REPORTS, new AtomicInteger());
        first.finish();
        Path stale = Files.createDirectories(dir.resolve("v0-0123abcd"));
        Files.writeString(stale.resolve("0".repeat(64) + ".bin"), "old");
        Path unrelated = Files.writeString(dir.resolve("notes.txt"), "not the cache's");

        ReportCache second = ReportCache.onDisk(dir);
        run(second, REPORTS.subList(0, 1), new AtomicInteger());
        second.finish();
        assertEquals(1, entries().size());
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(unrelated), "only files the cache names are deleted");
    }

    @Test
    void inMemoryCacheServesRepeatedBuildsInOneProcess() {
        ReportCache cache = ReportCache.inMemory();
        AtomicInteger cleaned = new AtomicInteger();
        run(cache, REPORTS, cleaned);
        cache.finish();
        run(cache, REPORTS, cleaned);
        assertEquals(new ReportCache.Stats(2, 0, null), cache.finish());
        assertEquals(2, cleaned.get());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written to disk");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void unchangedEventsKeepTheirDigestWhileChangedOnesAndNewSettingsAreDigestedAgain() {
        ReportCache cache = ReportCache.inMemory();
        List<AnalysedReport> reports = run(cache, REPORTS, new AtomicInteger());
        cache.finish();
        AtomicInteger digested = new AtomicInteger();
        Function<Event, Digest> digester = event -> {
            digested.incrementAndGet();
            return new Digester(60).digest(event);
        };
        List<Event> events = List.of(event("strike", reports.get(0)), event("burgas", reports.get(1)));
        List<Digest> first = cache.digests(events, new Digester.Settings(60), digester);
        assertEquals(2, digested.get());

        List<Event> regrouped = List.of(event("strike", reports.get(0)), event("burgas", reports.get(1)));
        assertEquals(first, cache.digests(regrouped, new Digester.Settings(60), digester));
        assertEquals(2, digested.get(), "equal events from the same reports are not digested again");

        AnalysedReport reanalysed = fresh(REPORTS).get(1); // equal, but a new analysis: the file changed
        cache.digests(List.of(event("strike", reports.get(0)), event("burgas", reanalysed)), new Digester.Settings(60),
                digester);
        assertEquals(3, digested.get());
        cache.digests(regrouped, new Digester.Settings(80), digester);
        assertEquals(5, digested.get(), "other settings: every event again");
    }

    @Test
    void anEventIsDigestedAgainWhenWhatTheDigesterReadsChangesAndOtherwiseGetsItsDigestForTheNewEvent() {
        ReportCache cache = ReportCache.inMemory();
        List<AnalysedReport> reports = run(cache, REPORTS, new AtomicInteger());
        cache.finish();
        AnalysedReport a = reports.get(0), b = reports.get(1), bAgain = fresh(REPORTS).get(1);
        LocalDate day = LocalDate.of(2024, 3, 24);
        List<List<String>> apart = List.of(List.of("a"), List.of("b"));
        GroupingEvidence x = new GroupingEvidence(List.of("X"), List.of(), List.of(), List.of());
        GroupingEvidence y = new GroupingEvidence(List.of("Y"), List.of(), List.of(), List.of());
        Event base = new Event("e", "T", List.of(a, b), day, day, x, apart, "n");
        // what the digester reads: each change makes another digest
        Map<String, Event> read = new TreeMap<>(Map.of(
                "reports", new Event("e", "T", List.of(a, bAgain), day, day, x, apart, "n"),
                "reports' order", new Event("e", "T", List.of(b, a), day, day, x, apart, "n"),
                "origins", new Event("e", "T", List.of(a, b), day, day, x, List.of(List.of("a", "b")), "n")));
        // what a digest only carries for the pages: the same digest holds
        Map<String, Event> carried = new TreeMap<>(Map.of(
                "id", new Event("f", "T", List.of(a, b), day, day, x, apart, "n"),
                "title", base.curated("U", "n"),
                "first", new Event("e", "T", List.of(a, b), null, day, x, apart, "n"),
                "last", new Event("e", "T", List.of(a, b), day, day.plusDays(1), x, apart, "n"),
                "evidence", new Event("e", "T", List.of(a, b), day, day, y, apart, "n"),
                "note", base.curated(null, "m")));
        Set<String> changedComponents = new TreeSet<>(carried.keySet());
        changedComponents.addAll(List.of("reports", "origins"));
        assertEquals(Arrays.stream(Event.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new)), changedComponents, "a change of each component");

        AtomicInteger digested = new AtomicInteger();
        Function<Event, Digest> digester = event -> {
            digested.incrementAndGet();
            return new Digester(60).digest(event);
        };
        Digester.Settings settings = new Digester.Settings(60);
        cache.digests(List.of(base), settings, digester);
        cache.digests(List.of(base.curated(null, "n")), settings, digester); // equal, another object
        assertEquals(1, digested.get());
        for (Map.Entry<String, Event> other : read.entrySet()) {
            int before = digested.get();
            cache.digests(List.of(base, other.getValue()), settings, digester);
            assertEquals(before + 1, digested.get(), other.getKey() + " changed: only that event digested");
        }
        for (Map.Entry<String, Event> other : carried.entrySet()) {
            List<Digest> digests = cache.digests(List.of(base, other.getValue()), settings, digester);
            assertEquals(read.size() + 1, digested.get(), other.getKey() + " changed: the digest reused");
            assertEquals(List.of(new Digester(60).digest(base), new Digester(60).digest(other.getValue())), digests,
                    other.getKey() + " changed: as digested anew, for the new event");
        }
        List<Digest> regrouped = cache.digests(List.of(carried.get("evidence")), settings, digester);
        assertEquals(y, regrouped.get(0).event().evidence(), "the new grouping evidence, with the reused digest");
        KnownEntities varna = new KnownEntities(List.of(new KnownEntities.Entry("Varna", KnownEntities.Kind.PLACE,
                List.of())));
        cache.digests(List.of(base), new Digester.Settings(60, varna), digester);
        assertEquals(read.size() + 2, digested.get(), "other known entities: digested again");
        cache.digests(List.of(base), new Digester.Settings(60, new KnownEntities(varna.entries())), digester);
        assertEquals(read.size() + 2, digested.get(), "equal settings: reused");
    }

    @Test
    void aDigesterIsConfiguredByItsSettingsAlone() {
        assertEquals(List.of(Digester.Settings.class), Arrays.stream(Digester.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers())).map(Field::getType).toList(),
                "what a digest depends on besides its event belongs in Digester.Settings, which the cache compares");
    }

    @Test
    void aCacheOfAnotherFormatIsIgnoredAndDeleted() throws IOException {
        run(ReportCache.onDisk(dir), REPORTS, new AtomicInteger());
        Path current = entries().get(0).getParent();
        Path older = dir.resolve(current.getFileName().toString().replaceFirst("^v\\d+-", "v3-"));
        Files.move(current, older);
        Files.write(older.resolve("f".repeat(64) + ".bin"), new byte[] {0, 0, 0, 1, 0, 0, 0, 0});
        AtomicInteger cleaned = new AtomicInteger();
        ReportCache cache = ReportCache.onDisk(dir);
        assertEquals(fresh(REPORTS), run(cache, REPORTS, cleaned));
        assertEquals(2, cleaned.get(), "nothing read from the older format");
        assertEquals(new ReportCache.Stats(0, 2, null), cache.finish());
        assertFalse(Files.exists(older), "deleted by the build");
        assertEquals(2, entries().size());
    }

    private static Event event(String id, AnalysedReport report) {
        return new Event(id, report.report().displayTitle(), List.of(report), null, null, GroupingEvidence.NONE, null, null);
    }

    @Test
    void noCacheCleansEveryTime() {
        AtomicInteger cleaned = new AtomicInteger();
        run(ReportCache.none(), REPORTS, cleaned);
        run(ReportCache.none(), REPORTS, cleaned);
        assertEquals(4, cleaned.get());
    }
}
