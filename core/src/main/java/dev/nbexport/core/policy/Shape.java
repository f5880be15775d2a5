package dev.nbexport.core.policy;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The form a metadata value kept by an allow-list must have, as nbformat and Jupyter define it: a
 * key that may hold a flag must not hold a table. Only a description: the stripper trims a value
 * to it and the verifier judges a value by it, each in its own code.
 */
public sealed interface Shape {

    /** In words, the same for equal shapes: for {@code policy show} and the bundle's manifest. */
    String describe();

    /** Whatever the value is: a key kept on the user's request ({@code --keep-metadata-keys}). */
    record Any() implements Shape {
        @Override
        public String describe() {
            return "any";
        }
    }

    /** {@code true} or {@code false}. */
    record Flag() implements Shape {
        @Override
        public String describe() {
            return "true or false";
        }
    }

    /** A string matching {@code pattern} as a whole. */
    record Text(Pattern pattern) implements Shape {
        @Override
        public String describe() {
            return "text matching " + pattern.pattern();
        }
    }

    /** A list of at most {@code maxItems}; items of another shape, and items past the last allowed, are not kept. */
    record ListOf(Shape item, int maxItems) implements Shape {
        @Override
        public String describe() {
            return "list of at most " + maxItems + " " + item.describe();
        }
    }

    /** An object holding only these keys, each value of its shape. */
    record Fields(Map<String, Shape> fields) implements Shape {
        public Fields {
            fields = Map.copyOf(fields);
        }

        @Override
        public String describe() {
            StringJoiner text = new StringJoiner(", ", "{", "}");
            new TreeMap<>(fields).forEach((key, shape) -> text.add(key + ": " + shape.describe()));
            return text.toString();
        }
    }

    /**
     * A string matching {@code wellKnown}, or equal to the value of the sibling key {@code sibling}
     * where that fits its own shape; any other value gives way to that sibling's value. Only
     * meaningful as a field of {@link Fields}.
     */
    record WellKnownOr(Pattern wellKnown, String sibling) implements Shape {
        @Override
        public String describe() {
            return "text matching " + wellKnown.pattern() + ", else the value of " + sibling;
        }
    }

    Shape ANY = new Any();
    Shape FLAG = new Flag();

    /** A short one-line name: at most 64 characters, none a control character. */
    Shape LABEL = new Text(Pattern.compile("\\P{Cntrl}{0,64}"));
}
