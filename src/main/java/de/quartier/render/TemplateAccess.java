package de.quartier.render;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How templates read the views and escape their text, the two things Pebble does on every
 * {@code {{ card.title }}}. Both give what Pebble's own code gives, with less work per call: its
 * attribute lookup allocates a cache key, an argument-type array and a copy of the parameter types
 * on every access (6 % of a 2,000-offering build), and its HTML escaper loads the whole table of
 * HTML 5 entities on first use.
 */
final class TemplateAccess extends AbstractExtension {
    /** Pebble's escaping strategy that autoescaping uses. */
    static final String HTML = "html";

    @Override
    public Map<String, io.pebbletemplates.pebble.extension.Filter> getFilters() {
        return Map.of("hreflangIn", new GermanLinks());
    }

    @Override
    public List<AttributeResolver> getAttributeResolver() {
        return List.of(this::component);
    }

    /**
     * A record's component, or another public method of the record without parameters, read through
     * a handle looked up once per record type. Anything else (maps, lists, calls with arguments, other
     * members) is left to Pebble's resolver, which comes after this one. A name that Pebble would
     * resolve to another method first ({@code getX}, {@code isX}, {@code hasX}) is left to Pebble
     * too, so the result never differs.
     */
    private ResolvedAttribute component(Object instance, Object name, Object[] arguments, ArgumentsNode args,
                                        EvaluationContextImpl context, String file, int line) {
        if (instance == null || arguments != null) return null;
        Reader reader = name instanceof String n ? sites.reader(n, line, instance.getClass()) : reader(instance.getClass(), String.valueOf(name));
        if (reader == NONE) return null;
        try {
            return new ResolvedAttribute((Object) reader.handle().invokeExact(instance));
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw new PebbleException(e, "Could not read " + name, line, file);
        }
    }

    /** The reader of a name of a type; {@link #NONE} if Pebble's resolver reads it. */
    private static Reader reader(Class<?> type, String name) {
        Reader reader = READERS.get(type).get(name);
        return reader == null ? NONE : reader;
    }

    /** No reader: the name is left to Pebble's resolver. */
    private static final Reader NONE = new Reader(null);

    /** This engine's places (a theme reloaded by the preview is a new engine, with a new table). */
    private final CallSites sites = new CallSites();

    /**
     * The reader each place in a template met, by the name's string there (the same object on every
     * call) and the type it read it of: most places read one type. Found otherwise by a look-up per
     * class and a map per name, whose key C1 compares character by character (about 1.5 % of a
     * 2,000-offering build's CPU); here a hit compares two references. A fixed table, filled as
     * places are met: where its probe finds no free slot, the reader is looked up as before.
     */
    private static final class CallSites {
        private static final int SIZE = 1 << 12;
        private static final int PROBES = 8;

        /** Immutable, so that a worker that sees an entry another one stored sees it whole. */
        private record Site(String name, Class<?> type, Reader reader) {
        }

        private final Site[] sites = new Site[SIZE];

        Reader reader(String name, int line, Class<?> type) {
            // the line spreads the places that read one name over the table
            int at = (name.hashCode() * 31 + line) & (SIZE - 1);
            for (int i = 0; i < PROBES; i++) {
                Site site = sites[(at + i) & (SIZE - 1)];
                if (site == null) break;
                if (site.name == name && site.type == type) return site.reader;
            }
            Reader reader = TemplateAccess.reader(type, name);
            for (int i = 0; i < PROBES; i++) {
                int slot = (at + i) & (SIZE - 1);
                if (sites[slot] == null) {
                    sites[slot] = new Site(name, type, reader);
                    break;
                }
            }
            return reader;
        }
    }

    /**
     * What templates read of one record type: its components' accessors, and what a view works out
     * from them ({{ fact.external }}: 150,000 reads of two such methods at 2,000 offerings went
     * through Pebble's reflective call). Each as a method handle of type (Object)Object, called
     * exactly: {@code Method.invoke} checks the receiver's class on every call (a native call where
     * C1 compiles it) and packs the arguments into an array. A handle is made at its first read, not
     * for every method of the record: most are never read, and each costs a cold start.
     */
    private static final class Reader {
        private final Method method;
        /** Made at the first read; two workers that both make it make equal handles (an immutable object). */
        private MethodHandle handle;

        Reader(Method method) {
            this.method = method;
        }

        MethodHandle handle() throws IllegalAccessException {
            MethodHandle h = handle;
            if (h == null) handle = h = MethodHandles.lookup().unreflect(method).asType(MethodType.methodType(Object.class, Object.class));
            return h;
        }
    }

    private static final ClassValue<Map<String, Reader>> READERS = new ClassValue<>() {
        @Override
        protected Map<String, Reader> computeValue(Class<?> type) {
            Map<String, Reader> out = new HashMap<>();
            // Pebble reads a map's entries, not its methods
            if (type.isRecord() && Modifier.isPublic(type.getModifiers()) && !Map.class.isAssignableFrom(type))
                for (Method m : type.getDeclaredMethods())
                    if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                            && m.getReturnType() != void.class && !m.isSynthetic() && !OBJECT_METHODS.contains(m.getName())
                            && onlyCandidate(type, m)
                            && m.trySetAccessible()) // a public record nested in a class of the package; else Pebble's resolver
                        out.put(m.getName(), new Reader(m));
            return Map.copyOf(out);
        }
    };

    /** Whether templates read this name of this type here, not through Pebble's resolver. */
    static boolean reads(Class<?> type, String name) {
        return READERS.get(type).containsKey(name);
    }

    /** Left to Pebble: what every object has, whatever the record. */
    private static final java.util.Set<String> OBJECT_METHODS = java.util.Set.of("toString", "hashCode", "getClass");

    /**
     * Whether Pebble, asked for this method by its name, could only call it: it takes the first
     * public method without parameters named getX, isX, hasX or x, ignoring case.
     */
    static boolean onlyCandidate(Class<?> type, Method method) {
        String n = method.getName();
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() != 0 || m.equals(method)) continue;
            String name = m.getName();
            if (name.equalsIgnoreCase(n) || name.equalsIgnoreCase("get" + n) || name.equalsIgnoreCase("is" + n) || name.equalsIgnoreCase("has" + n))
                return false;
        }
        return true;
    }

    /** HTML escaping as Pebble's default, for autoescaping: {@link HtmlText#escape}. */
    static final EscapingStrategy ESCAPE_HTML = HtmlText::escape;
}
