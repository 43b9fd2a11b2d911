package crosscheck.cache;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * A record class taken apart by its components, for the code that stores, keys and compares records by their shape
 * rather than by a hand-written list of their fields: the components in declaration order, and method handles for
 * their accessors and for the canonical constructor, looked up once per class.
 */
final class Records {
    private static final ClassValue<Records> OF = new ClassValue<>() {
        @Override
        protected Records computeValue(Class<?> type) {
            return new Records(type);
        }
    };
    private static final MethodType GET = MethodType.methodType(Object.class, Object.class);
    private static final MethodType MAKE = MethodType.methodType(Object.class, Object[].class);

    private final Class<?> type;
    private final RecordComponent[] components;
    /** Each component's accessor, as {@code (Object) -> Object}. */
    private final MethodHandle[] accessors;
    /** The canonical constructor, as {@code (Object[]) -> Object}. */
    private final MethodHandle constructor;

    private Records(Class<?> type) {
        if (!type.isRecord()) throw new IllegalArgumentException(type.getName() + " is not a record");
        this.type = type;
        this.components = type.getRecordComponents();
        this.accessors = new MethodHandle[components.length];
        Class<?>[] parameters = new Class<?>[components.length];
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        try {
            for (int i = 0; i < components.length; i++) {
                Method accessor = components[i].getAccessor();
                accessor.setAccessible(true);
                accessors[i] = lookup.unreflect(accessor).asType(GET);
                parameters[i] = components[i].getType();
            }
            Constructor<?> canonical = type.getDeclaredConstructor(parameters);
            canonical.setAccessible(true);
            constructor = lookup.unreflectConstructor(canonical).asSpreader(Object[].class, components.length)
                    .asType(MAKE);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("cannot take record " + type.getName() + " apart: " + e, e);
        }
    }

    /** The parts of {@code type}, which must be a record class. */
    static Records of(Class<?> type) {
        return OF.get(type);
    }

    Class<?> type() {
        return type;
    }

    /** The components in declaration order: the order of the canonical constructor's parameters. */
    RecordComponent[] components() {
        return Arrays.copyOf(components, components.length);
    }

    int size() {
        return components.length;
    }

    /** The value of component {@code index} of {@code record}. */
    Object get(Object record, int index) {
        try {
            return accessors[index].invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new record of the values in component order, through the canonical constructor (and what it checks). */
    Object make(Object[] values) {
        try {
            return constructor.invokeExact(values);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
