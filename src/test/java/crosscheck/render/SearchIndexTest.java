package crosscheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The index's files for many documents: small shards and chunks, in order, the same every time. */
class SearchIndexTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Documents of pseudo-random words (fixed seed) and a few that are larger than a chunk or hold long words. */
    private static List<SearchDocument> documents(int count) {
        Random random = new Random(18);
        List<SearchDocument> out = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            List<String> passages = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 40; w++) text.append(word(random)).append(' ');
                passages.add(text.toString());
            }
            if (d % 500 == 7) passages.add("ceasefire ".repeat(3000));
            out.add(new SearchDocument(d % 3 == 0 ? "event" : "report", "Title " + word(random), "x/" + d + "/",
                    false, passages));
        }
        return out;
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder();
        int length = 3 + random.nextInt(8);
        for (int i = 0; i < length; i++) w.append((char) ('a' + random.nextInt(26)));
        if (random.nextInt(50) == 0) w.append('é');
        return w.toString();
    }

    @Test
    void shardsAndChunksStayUnderTheirBudgetsAndTheManifestFindsEveryTermAndDocument() throws Exception {
        List<SearchDocument> documents = documents(3000);
        Map<String, String> files = SearchIndex.write(documents);
        JsonNode manifest = JSON.readTree(files.get(SearchIndex.MANIFEST));
        assertEquals(3000, manifest.get("documents").asInt());
        int shards = manifest.get("shards").size();
        int chunks = manifest.get("chunks").size();
        assertTrue(shards > 20 && chunks > 20, shards + " shards, " + chunks + " chunks");
        assertEquals(1 + shards + chunks, files.size(), "the manifest, the shards and the chunks, nothing else");

        String previous = null;
        int terms = 0;
        for (int k = 0; k < shards; k++) {
            String text = files.get(SearchIndex.TERMS + k + ".json");
            JsonNode shard = JSON.readTree(text).get("terms");
            assertTrue(bytes(text) <= SearchIndex.SHARD_BYTES || shard.size() == 1, "shard " + k + ": " + bytes(text));
            Iterator<String> names = shard.fieldNames();
            String first = names.next();
            assertEquals(manifest.get("shards").get(k).asText(), first, "the manifest names each shard's first term");
            for (String term = first; ; term = names.next()) {
                assertTrue(previous == null || previous.compareTo(term) < 0, previous + " before " + term);
                previous = term;
                terms++;
                if (!names.hasNext()) break;
            }
        }
        assertTrue(terms > 10_000, terms + " terms");

        int next = 0;
        for (int k = 0; k < chunks; k++) {
            String text = files.get(SearchIndex.DOCUMENTS + k + ".json");
            JsonNode chunk = JSON.readTree(text).get("documents");
            assertEquals(next, manifest.get("chunks").get(k).asInt(), "the manifest names each chunk's first document");
            assertTrue(bytes(text) <= SearchIndex.CHUNK_BYTES || chunk.size() == 1, "chunk " + k + ": " + bytes(text));
            for (JsonNode document : chunk) {
                assertEquals(documents.get(next).url(), document.get("url").asText());
                next++;
            }
        }
        assertEquals(3000, next);
    }

    @Test
    void theSameDocumentsGiveTheSameFiles() {
        assertEquals(SearchIndex.write(documents(800)), SearchIndex.write(documents(800)));
        assertEquals(List.copyOf(SearchIndex.write(documents(800)).keySet()),
                List.copyOf(SearchIndex.write(documents(800)).keySet()), "in the same order");
    }

    @Test
    void postingsNameEachDocumentOnceInOrderAndMarkTitles() throws Exception {
        List<SearchDocument> documents = List.of(
                new SearchDocument("event", "Hostages freed", "a/", false, List.of("Hostages freed in Gaza.")),
                new SearchDocument("report", "Talks", "b/", false, List.of("No hostage deal yet.")),
                new SearchDocument("report", "Deal", "c/", false, List.of("The HOSTAGES' families waited.")));
        Map<String, String> files = SearchIndex.write(documents);
        JsonNode terms = JSON.readTree(files.get(SearchIndex.TERMS + "0.json")).get("terms");
        assertEquals(Map.of(0, true, 2, false), SearchIndexFiles.decode(terms.get("hostages")));
        assertEquals("[1,4]", terms.get("hostages").toString(), "document 0 in its title, document 2 in its text");
        assertEquals("[2]", terms.get("hostage").toString());
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
