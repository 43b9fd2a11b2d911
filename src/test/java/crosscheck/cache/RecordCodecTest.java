package crosscheck.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.analyse.AnalysedReport;
import crosscheck.ingest.FrontMatter;
import crosscheck.ingest.RawReport;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The cache stores and keys records by their components, found by reflection here too: every component of every
 * record an entry or a key holds, at any depth, is given a value of its own, and must come back from an entry and
 * change the key. A component added to {@code Report}, {@code Sentence}, {@code RawReport}, {@code FrontMatter} or
 * any record they hold is covered with no change to this test.
 */
class RecordCodecTest {
    @Test
    void everyComponentOfAnAnalysedReportComesBackFromAnEntry() throws IOException {
        for (int seed = 1; seed <= 3; seed++) {
            AnalysedReport sample = (AnalysedReport) sample(AnalysedReport.class, seed);
            assertEquals(sample, EntryCodec.read(EntryCodec.encode(sample)), "seed " + seed);
        }
    }

    @Test
    void everyComponentOfEveryStoredRecordIsStoredAtAnyDepth() {
        for (Class<?> root : List.of(AnalysedReport.class, RawReport.class)) {
            Object sample = sample(root, 1);
            List<Variant> variants = variants(root, sample, root.getSimpleName());
            assertTrue(variants.size() > root.getRecordComponents().length, root + " has records inside");
            for (Variant variant : variants) {
                assertNotEquals(sample, variant.value(), variant.path());
                assertEquals(variant.value(), roundTrip(root, variant.value()), variant.path());
            }
        }
    }

    @Test
    void everyComponentOfAReportAndItsFrontMatterIsPartOfTheKey() {
        RawReport sample = (RawReport) sample(RawReport.class, 1);
        String key = Keys.of(sample, "v");
        Set<String> keys = new HashSet<>(Set.of(key));
        List<Variant> variants = variants(RawReport.class, sample, "RawReport");
        for (Variant variant : variants) {
            assertTrue(keys.add(Keys.of((RawReport) variant.value(), "v")), variant.path() + " changes the key");
        }
        Set<String> paths = new HashSet<>();
        variants.forEach(v -> paths.add(v.path().replaceAll(" .*", "")));
        for (RecordComponent c : FrontMatter.class.getRecordComponents()) {
            assertTrue(paths.contains("RawReport.frontMatter." + c.getName()), c.getName() + " " + paths);
        }
        assertEquals(key, Keys.of(sample, "v"));
        assertNotEquals(key, Keys.of(sample, "w"), "the code's version is part of the key");
    }

    @Test
    void aNullStringAndTheWordNullMakeDifferentKeys() {
        FrontMatter none = new FrontMatter(null, "null", null, null, null, null, null);
        FrontMatter word = new FrontMatter("null", null, null, null, null, null, null);
        assertNotEquals(Keys.of(report(none), "v"), Keys.of(report(word), "v"));
        assertNotEquals(Keys.of(report(none), "v"), Keys.of(report(FrontMatter.EMPTY), "v"));
    }

    private static RawReport report(FrontMatter front) {
        return new RawReport("a", "a.txt", crosscheck.ingest.Format.TEXT, front, "body", 1);
    }

    enum Colour { RED, GREEN }

    record Inner(String name, Colour colour) {
    }

    record Everything(String text, int number, long big, double share, boolean yes, Integer boxed, Long boxedBig,
                      Double boxedShare, Boolean boxedYes, LocalDate day, Colour colour, Inner inner,
                      List<Inner> inners, Set<String> set, SortedSet<String> sorted, Map<String, Integer> map,
                      SortedMap<String, List<String>> sortedMap, Optional<Inner> optional,
                      List<Optional<String>> maybes) {
    }

    @Test
    void everyKindOfValueComesBackAsItWasWrittenNullEmptyOrNot() {
        Everything full = new Everything("t", -7, Long.MIN_VALUE, -0.25, true, 3, 4L, Double.NaN, false,
                LocalDate.of(1812, 6, 24), Colour.GREEN, new Inner("n", Colour.RED), List.of(new Inner(null, null)),
                new LinkedHashSet<>(List.of("z", "a")), new TreeSet<>(Set.of("b", "a")),
                new LinkedHashMap<>(Map.of("k", 1)), new TreeMap<>(Map.of("x", List.of("y", "z"))),
                Optional.of(new Inner("o", Colour.GREEN)), List.of(Optional.empty(), Optional.of("m")));
        Everything empty = new Everything("", 0, 0, 0, false, 0, 0L, 0.0, false, LocalDate.MIN, Colour.RED,
                new Inner("", Colour.RED), List.of(), Set.of(), new TreeSet<>(), Map.of(), new TreeMap<>(),
                Optional.empty(), List.of());
        Everything nothing = new Everything(null, 0, 0, 0, false, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
        for (Everything value : List.of(full, empty, nothing)) assertEquals(value, roundTrip(Everything.class, value));
        assertEquals(List.of("z", "a"), List.copyOf(roundTrip(Everything.class, full).set()), "in the order written");
    }

    record Odd(String name, Object anything) {
    }

    record Holder(List<Odd> odds) {
    }

    record Array(int[] numbers) {
    }

    @Test
    void aTypeTheCodecDoesNotKnowIsRefusedNamingTheComponent() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> RecordCodec.of(Holder.class));
        assertTrue(refused.getMessage().contains("java.lang.Object"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Odd.anything in "), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RecordCodec.of(Array.class));
        assertThrows(IllegalArgumentException.class, () -> RecordCodec.of(Holder.class), "refused again");
    }

    record Before(String text) {
    }

    record After(String text, int more) {
    }

    @Test
    void theShapeNamesEveryComponentAndItsTypeAndChangesTheCodeVersion() {
        assertEquals("crosscheck.cache.RecordCodecTest$After(text:String,more:int)", RecordCodec.shape(After.class));
        assertTrue(RecordCodec.shape(Everything.class)
                .contains("colour:crosscheck.cache.RecordCodecTest$Colour{RED,GREEN}"));
        for (Class<?> root : List.of(AnalysedReport.class, RawReport.class)) {
            String shape = RecordCodec.shape(root);
            for (Class<?> record : records(root, new LinkedHashSet<>())) {
                for (RecordComponent c : record.getRecordComponents()) {
                    assertTrue(shape.contains(c.getName() + ":"), record.getSimpleName() + "." + c.getName());
                }
            }
        }
        assertNotEquals(CodeVersion.of(RecordCodec.class, RecordCodec.shape(Before.class)),
                CodeVersion.of(RecordCodec.class, RecordCodec.shape(After.class)));
        assertEquals(CodeVersion.of(RecordCodec.class, "x"), CodeVersion.of(RecordCodec.class, "x"));
    }

    // --- a value for every type, and its variants: each component of each record changed, one at a time

    /** A value of {@code type} in which no component has its default value; {@code seed} makes others. */
    static Object sample(Type type, int seed) {
        if (type instanceof Class<?> c) {
            if (c == String.class) return "s" + seed;
            if (c == int.class || c == Integer.class) return seed;
            if (c == long.class || c == Long.class) return (long) seed;
            if (c == double.class || c == Double.class) return seed + 0.5;
            if (c == boolean.class || c == Boolean.class) return seed % 2 == 1;
            if (c == LocalDate.class) return LocalDate.of(2024, 1, 1).plusDays(seed);
            if (c.isEnum()) {
                Object[] constants = c.getEnumConstants();
                return constants[1 + seed % (constants.length - 1)];
            }
            if (c.isRecord()) {
                Records parts = Records.of(c);
                RecordComponent[] components = parts.components();
                Object[] values = new Object[components.length];
                for (int i = 0; i < values.length; i++) {
                    values[i] = sample(components[i].getGenericType(), seed * 7 + i);
                }
                return parts.make(values);
            }
        } else if (type instanceof ParameterizedType p) {
            Type[] arguments = p.getActualTypeArguments();
            Class<?> raw = (Class<?>) p.getRawType();
            if (raw == List.class) return List.of(sample(arguments[0], seed + 1), sample(arguments[0], seed + 2));
            if (raw == Set.class || raw == SortedSet.class) {
                return new TreeSet<>(List.of(sample(arguments[0], seed + 1), sample(arguments[0], seed + 2)));
            }
            if (raw == Map.class || raw == SortedMap.class) {
                TreeMap<Object, Object> map = new TreeMap<>();
                map.put(sample(arguments[0], seed + 1), sample(arguments[1], seed + 2));
                map.put(sample(arguments[0], seed + 3), sample(arguments[1], seed + 4));
                return map;
            }
            if (raw == Optional.class) return Optional.of(sample(arguments[0], seed + 1));
        }
        throw new AssertionError("the test cannot make a " + type.getTypeName() + ": teach sample() the type");
    }

    record Variant(String path, Object value) {
    }

    /**
     * Copies of {@code record} with one component changed: to another value, and to null where the record takes
     * it; for a component that is a record, or a list of records, also each variant of that record in its place.
     */
    static List<Variant> variants(Class<?> type, Object record, String path) {
        Records parts = Records.of(type);
        RecordComponent[] components = parts.components();
        List<Variant> out = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            Object value = parts.get(record, i);
            Type declared = components[i].getGenericType();
            String at = path + "." + components[i].getName();
            List<Variant> replacements = new ArrayList<>();
            replacements.add(new Variant(at + " changed", other(declared, value, 1000 + i)));
            if (!components[i].getType().isPrimitive()) replacements.add(new Variant(at + " null", null));
            if (components[i].getType().isRecord()) {
                replacements.addAll(variants(components[i].getType(), value, at));
            } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) != null
                    && list.get(0).getClass().isRecord()) {
                for (Variant inner : variants(list.get(0).getClass(), list.get(0), at + "[0]")) {
                    List<Object> changed = new ArrayList<>(list);
                    changed.set(0, inner.value());
                    replacements.add(new Variant(inner.path(), changed));
                }
            }
            for (Variant replacement : replacements) {
                Object[] values = new Object[components.length];
                for (int j = 0; j < values.length; j++) values[j] = j == i ? replacement.value() : parts.get(record, j);
                try {
                    out.add(new Variant(replacement.path(), parts.make(values)));
                } catch (RuntimeException refused) {
                    // the record does not take this value (null where it requires one): nothing to store
                }
            }
        }
        return out;
    }

    /** A value of {@code type} other than {@code value}. */
    private static Object other(Type type, Object value, int seed) {
        if (type instanceof Class<?> c && c.isEnum()) {
            for (Object constant : c.getEnumConstants()) {
                if (constant != value) return constant;
            }
        }
        if (type == boolean.class || type == Boolean.class) return !Boolean.TRUE.equals(value);
        Object other = sample(type, seed);
        return other.equals(value) ? sample(type, seed + 1) : other;
    }

    /** The record classes {@code type} holds, itself first. */
    private static Set<Class<?>> records(Type type, Set<Class<?>> found) {
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) records(argument, found);
        } else if (type instanceof Class<?> c && c.isRecord() && found.add(c)) {
            for (RecordComponent component : c.getRecordComponents()) records(component.getGenericType(), found);
        }
        return found;
    }

    // --- a plain Out and In, strings written out in place

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(Class<T> type, Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        RecordCodec.of(type).write(value, new RecordCodec.Out() {
            @Override
            public void put(int b) {
                io(() -> data.write(b));
            }

            @Override
            public void putInt(int v) {
                io(() -> data.writeInt(v));
            }

            @Override
            public void putLong(long v) {
                io(() -> data.writeLong(v));
            }

            @Override
            public void putString(String s) {
                if (s == null) {
                    putInt(-1);
                    return;
                }
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                putInt(utf8.length);
                io(() -> data.write(utf8));
            }
        });
        ByteBuffer in = ByteBuffer.wrap(bytes.toByteArray());
        try {
            T back = (T) RecordCodec.of(type).read(new RecordCodec.In() {
                @Override
                public int get() {
                    return in.get() & 0xFF;
                }

                @Override
                public int getInt() {
                    return in.getInt();
                }

                @Override
                public long getLong() {
                    return in.getLong();
                }

                @Override
                public String getString() {
                    int length = in.getInt();
                    if (length == -1) return null;
                    byte[] utf8 = new byte[length];
                    in.get(utf8);
                    return new String(utf8, StandardCharsets.UTF_8);
                }

                @Override
                public int count() {
                    return in.getInt();
                }
            });
            assertEquals(0, in.remaining(), "every byte read");
            return back;
        } catch (IOException | BufferUnderflowException e) {
            throw new AssertionError(e);
        }
    }

    private interface Io {
        void run() throws IOException;
    }

    private static void io(Io io) {
        try {
            io.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
