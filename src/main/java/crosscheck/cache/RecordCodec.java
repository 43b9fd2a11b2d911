package crosscheck.cache;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Writes and reads a value by its declared type, so that what the cache stores and keys comes from the records
 * themselves: a record is its components in declaration order, each by its own declared type, down to strings,
 * numbers, booleans, enums and dates, through lists, sets, maps and optionals. A component added to a record is
 * stored, read back and keyed with no change here; a component of a type this codec does not know stops the first
 * use (at class loading of the cache) with the type and the component named, never a silently stale cache.
 *
 * <p>{@link #of} works out a type's {@link Node} once (the cache keeps the one of each stored record in a constant),
 * so a value's encoding costs no reflective look-up. Reading goes through the records' canonical constructors, so
 * what they check is checked again; a sorted set or map is read back in natural order.
 */
final class RecordCodec {
    private static final Map<Type, Node> NODES = new HashMap<>();

    private RecordCodec() {
    }

    /** Where values are written to: an entry's bytes, or a key's digest. */
    interface Out {
        /** One byte: the low 8 bits of {@code b}. */
        void put(int b);

        void putInt(int v);

        void putLong(long v);

        /** A string or null. */
        void putString(String s);
    }

    /** What values are read from; a value that cannot be one that was written is an {@link IOException}. */
    interface In {
        /** One byte, 0 to 255. */
        int get() throws IOException;

        int getInt() throws IOException;

        long getLong() throws IOException;

        String getString() throws IOException;

        /** A count of what follows, checked against what is left to read; -1 (null) passes. */
        int count() throws IOException;
    }

    /** How the values of one declared type are written and read. */
    abstract static class Node {
        abstract void write(Object value, Out out);

        abstract Object read(In in) throws IOException;

        /** The type as written, for a cache version: record components by name and type, enums with constants. */
        abstract void describe(StringBuilder out, Set<Class<?>> described);
    }

    /** The node for values of {@code type}; unknown types throw {@link IllegalArgumentException}. */
    static synchronized Node of(Type type) {
        return node(type, type.getTypeName());
    }

    /** The shape of {@code type} as {@link #of} writes it: changes whenever what is written changes. */
    static String shape(Type type) {
        StringBuilder out = new StringBuilder();
        of(type).describe(out, new LinkedHashSet<>());
        return out.toString();
    }

    private static Node node(Type type, String where) {
        Node known = NODES.get(type);
        if (known != null) return known;
        Node made;
        if (type instanceof Class<?> c && c.isRecord()) {
            RecordNode record = new RecordNode(Records.of(c));
            NODES.put(type, record); // before its components: a record may hold itself
            try {
                record.init(where);
            } catch (RuntimeException e) {
                NODES.remove(type);
                throw e;
            }
            return record;
        } else if (type instanceof Class<?> c) {
            made = leaf(c, where);
        } else if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            made = container(raw, p.getActualTypeArguments(), where);
        } else {
            made = null;
        }
        if (made == null) throw unknown(type, where);
        NODES.put(type, made);
        return made;
    }

    private static IllegalArgumentException unknown(Type type, String where) {
        return new IllegalArgumentException("the cache cannot store a " + type.getTypeName() + " (" + where
                + "): teach crosscheck.cache.RecordCodec the type, or give the record a type it knows");
    }

    private static Node leaf(Class<?> c, String where) {
        if (c == String.class) return STRING;
        if (c == int.class) return INT;
        if (c == long.class) return LONG;
        if (c == boolean.class) return BOOLEAN;
        if (c == double.class) return DOUBLE;
        if (c == Integer.class) return new Nullable(INT, c);
        if (c == Long.class) return new Nullable(LONG, c);
        if (c == Boolean.class) return new Nullable(BOOLEAN, c);
        if (c == Double.class) return new Nullable(DOUBLE, c);
        if (c == LocalDate.class) return new Nullable(DATE, c);
        if (c.isEnum()) return new EnumNode(c);
        return null;
    }

    private static Node container(Class<?> raw, Type[] arguments, String where) {
        if (raw == List.class || raw == Collection.class) {
            return new CollectionNode(node(arguments[0], where + " element"), ArrayList::new, "List");
        }
        if (raw == Set.class) {
            return new CollectionNode(node(arguments[0], where + " element"), LinkedHashSet::new, "Set");
        }
        if (raw == SortedSet.class || raw == NavigableSet.class) {
            return new CollectionNode(node(arguments[0], where + " element"), TreeSet::new, "SortedSet");
        }
        if (raw == Map.class) {
            return new MapNode(node(arguments[0], where + " key"), node(arguments[1], where + " value"),
                    LinkedHashMap::new, "Map");
        }
        if (raw == SortedMap.class || raw == NavigableMap.class) {
            return new MapNode(node(arguments[0], where + " key"), node(arguments[1], where + " value"),
                    TreeMap::new, "SortedMap");
        }
        if (raw == Optional.class) return new OptionalNode(node(arguments[0], where + " value"));
        return null;
    }

    private static boolean flag(In in) throws IOException {
        int b = in.get();
        if (b > 1) throw new IOException("bad flag " + b);
        return b == 1;
    }

    private static final Node STRING = new Leaf("String", (v, out) -> out.putString((String) v), In::getString);
    private static final Node INT = new Leaf("int", (v, out) -> out.putInt((Integer) v), In::getInt);
    private static final Node LONG = new Leaf("long", (v, out) -> out.putLong((Long) v), In::getLong);
    private static final Node DOUBLE = new Leaf("double",
            (v, out) -> out.putLong(Double.doubleToRawLongBits((Double) v)),
            in -> Double.longBitsToDouble(in.getLong()));
    private static final Node BOOLEAN = new Leaf("boolean", (v, out) -> out.put((Boolean) v ? 1 : 0),
            RecordCodec::flag);
    /** A date as its day count from 1970-01-01. */
    private static final Node DATE = new Leaf("LocalDate", (v, out) -> out.putLong(((LocalDate) v).toEpochDay()),
            RecordCodec::date);

    private static LocalDate date(In in) throws IOException {
        try {
            return LocalDate.ofEpochDay(in.getLong());
        } catch (java.time.DateTimeException e) {
            throw new IOException("bad date", e);
        }
    }

    /** Reads one value of a leaf type. */
    private interface LeafReader {
        Object read(In in) throws IOException;
    }

    /**
     * A value of a type with no parts, written as it is: a string may be null ({@link Out#putString}); the boxed
     * numbers, booleans and dates that may be go through {@link Nullable}.
     */
    private static final class Leaf extends Node {
        private final String name;
        private final BiConsumer<Object, Out> writer;
        private final LeafReader reader;

        Leaf(String name, BiConsumer<Object, Out> writer, LeafReader reader) {
            this.name = name;
            this.writer = writer;
            this.reader = reader;
        }

        @Override
        void write(Object value, Out out) {
            writer.accept(value, out);
        }

        @Override
        Object read(In in) throws IOException {
            return reader.read(in);
        }

        @Override
        void describe(StringBuilder out, Set<Class<?>> described) {
            out.append(name);
        }
    }

    /** A value that may be null: a flag byte, then the value. */
    private static final class Nullable extends Node {
        private final Node value;
        private final Class<?> type;

        Nullable(Node value, Class<?> type) {
            this.value = value;
            this.type = type;
        }

        @Override
        void write(Object v, Out out) {
            out.put(v == null ? 0 : 1);
            if (v != null) value.write(v, out);
        }

        @Override
        Object read(In in) throws IOException {
            return flag(in) ? value.read(in) : null;
        }

        @Override
        void describe(StringBuilder out, Set<Class<?>> described) {
            out.append(type.getSimpleName());
        }
    }

    /** A constant as its ordinal, null as -1. */
    private static final class EnumNode extends Node {
        private final Class<?> type;
        private final Object[] constants;

        EnumNode(Class<?> type) {
            this.type = type;
            this.constants = type.getEnumConstants();
        }

        @Override
        void write(Object value, Out out) {
            out.putInt(value == null ? -1 : ((Enum<?>) value).ordinal());
        }

        @Override
        Object read(In in) throws IOException {
            int ordinal = in.getInt();
            if (ordinal == -1) return null;
            if (ordinal < 0 || ordinal >= constants.length) {
                throw new IOException("bad " + type.getSimpleName() + " " + ordinal);
            }
            return constants[ordinal];
        }

        @Override
        void describe(StringBuilder out, Set<Class<?>> described) {
            out.append(type.getName());
            if (described.add(type)) {
                out.append(Arrays.stream(constants).map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
            }
        }
    }

    /** A record, null or not, then its components in declaration order. */
    private static final class RecordNode extends Node {
        private final Records parts;
        private Node[] components;

        RecordNode(Records parts) {
            this.parts = parts;
        }

        void init(String where) {
            RecordComponent[] declared = parts.components();
            Node[] nodes = new Node[declared.length];
            for (int i = 0; i < declared.length; i++) {
                nodes[i] = node(declared[i].getGenericType(),
                        parts.type().getSimpleName() + "." + declared[i].getName() + " in " + where);
            }
            components = nodes;
        }

        @Override
        void write(Object value, Out out) {
            out.put(value == null ? 0 : 1);
            if (value == null) return;
            for (int i = 0; i < components.length; i++) components[i].write(parts.get(value, i), out);
        }

        @Override
        Object read(In in) throws IOException {
            if (!flag(in)) return null;
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) values[i] = components[i].read(in);
            return parts.make(values);
        }

        @Override
        void describe(StringBuilder out, Set<Class<?>> described) {
            out.append(parts.type().getName());
            if (!described.add(parts.type())) return;
            RecordComponent[] declared = parts.components();
            out.append('(');
            for (int i = 0; i < declared.length; i++) {
                if (i > 0) out.append(',');
                out.append(declared[i].getName()).append(':');
                components[i].describe(out, described);
            }
            out.append(')');
        }
    }

    /** A list or set: its size (-1 for null), then its elements in iteration order. */
    private static final class CollectionNode extends Node {
        private final Node element;
        private final Supplier<Collection<Object>> empty;
        private final String kind;

        CollectionNode(Node element, Supplier<Collection<Object>> empty, String kind) {
            this.element = element;
            this.empty = empty;
            this.kind = kind;
        }

        @Override
        void write(Object value, Out out) {
            if (value == null) {
                out.putInt(-1);
                return;
            }
            Collection<?> collection = (Collection<?>) value;
            out.putInt(collection.size());
            for (Object e : collection) element.write(e, out);
        }

        @Override
        Object read(In in) throws IOException {
            int count = in.count();
            if (count == -1) return null;
            Collection<Object> collection = empty.get();
            for (int i = 0; i < count; i++) collection.add(element.read(in));
            if (collection.size() != count) throw new IOException("repeated " + kind + " element");
            return collection;
        }

        @Override
        void describe(StringBuilder out, Set<Class<?>> described) {
            out.append(kind).append('<');
            element.describe(out, described);
            out.append('>');
        }
    }

    /** A map: its size (-1 for null), then each key and value in iteration order. */
    private static final class MapNode extends Node {
        private final Node key;
        private final Node value;
        private final Supplier<Map<Object, Object>> empty;
        private final String kind;

        MapNode(Node key, Node value, Supplier<Map<Object, Object>> empty, String kind) {
            this.key = key;
            this.value = value;
            this.empty = empty;
            this.kind = kind;
        }

        @Override
        void write(Object v, Out out) {
            if (v == null) {
                out.putInt(-1);
                return;
            }
            Map<?, ?> map = (Map<?, ?>) v;
            out.putInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                key.write(entry.getKey(), out);
                value.write(entry.getValue(), out);
            }
        }

        @Override
        Object read(In in) throws IOException {
            int count = in.count();
            if (count == -1) return null;
            Map<Object, Object> map = empty.get();
            for (int i = 0; i < count; i++) map.put(key.read(in), value.read(in));
            if (map.size() != count) throw new IOException("repeated " + kind + " key");
            return map;
        }

        @Override
        void describe(StringBuilder out, Set<Class<?>> described) {
            out.append(kind).append('<');
            key.describe(out, described);
            out.append(',');
            value.describe(out, described);
            out.append('>');
        }
    }

    /** An optional: 0 for null, 1 for empty, 2 and the value for a present one. */
    private static final class OptionalNode extends Node {
        private final Node value;

        OptionalNode(Node value) {
            this.value = value;
        }

        @Override
        void write(Object v, Out out) {
            Optional<?> optional = (Optional<?>) v;
            if (optional == null) {
                out.put(0);
            } else if (optional.isEmpty()) {
                out.put(1);
            } else {
                out.put(2);
                value.write(optional.get(), out);
            }
        }

        @Override
        Object read(In in) throws IOException {
            return switch (in.get()) {
                case 0 -> null;
                case 1 -> Optional.empty();
                case 2 -> Optional.ofNullable(value.read(in));
                default -> throw new IOException("bad optional");
            };
        }

        @Override
        void describe(StringBuilder out, Set<Class<?>> described) {
            out.append("Optional<");
            value.describe(out, described);
            out.append('>');
        }
    }
}
