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
import java.lang.reflect.RecordComponent;
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
        return List.of(TemplateAccess::component);
    }

    /**
     * A record's component, read through its accessor looked up once per record type. Anything
     * else (maps, lists, calls with arguments, other members) is left to Pebble's resolver, which
     * comes after this one. A component whose name Pebble would resolve to another method first
     * ({@code getX}, {@code isX}, {@code hasX}) is left to Pebble too, so the result never differs.
     */
    private static ResolvedAttribute component(Object instance, Object name, Object[] arguments, ArgumentsNode args,
                                               EvaluationContextImpl context, String file, int line) {
        if (instance == null || arguments != null) return null;
        MethodHandle accessor = ACCESSORS.get(instance.getClass()).get(String.valueOf(name));
        if (accessor == null) return null;
        try {
            return new ResolvedAttribute((Object) accessor.invokeExact(instance));
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw new PebbleException(e, "Could not read " + name, line, file);
        }
    }

    /**
     * The accessors as method handles of type (Object)Object, called exactly: {@code Method.invoke}
     * checks the receiver's class on every call (a native call where C1 compiles it) and packs the
     * arguments into an array.
     */
    private static final ClassValue<Map<String, MethodHandle>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            // Pebble reads a map's entries, not its methods
            if (!type.isRecord() || !Modifier.isPublic(type.getModifiers()) || Map.class.isAssignableFrom(type)) return Map.of();
            Map<String, MethodHandle> out = new HashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Method accessor = c.getAccessor();
                if (!onlyCandidate(type, accessor)) continue;
                if (!accessor.trySetAccessible()) continue; // a public record nested in a class of the package; else Pebble's resolver
                try {
                    out.put(c.getName(), MethodHandles.lookup().unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class)));
                } catch (IllegalAccessException e) {
                    // left to Pebble's resolver, which says what it cannot read
                }
            }
            return Map.copyOf(out);
        }
    };

    /**
     * Whether Pebble, asked for this component by name, could only call its accessor: it takes the
     * first public method without parameters named getX, isX, hasX or x, ignoring case.
     */
    static boolean onlyCandidate(Class<?> type, Method accessor) {
        String n = accessor.getName();
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() != 0 || m.equals(accessor)) continue;
            String name = m.getName();
            if (name.equalsIgnoreCase(n) || name.equalsIgnoreCase("get" + n) || name.equalsIgnoreCase("is" + n) || name.equalsIgnoreCase("has" + n))
                return false;
        }
        return true;
    }

    /** HTML escaping as Pebble's default, for autoescaping: {@link HtmlText#escape}. */
    static final EscapingStrategy ESCAPE_HTML = HtmlText::escape;
}
