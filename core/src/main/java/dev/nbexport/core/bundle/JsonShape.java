package dev.nbexport.core.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The one form a JSON value may take, checked on a streaming parser without keeping the value.
 * A value out of form is reported by its JSON pointer (an unknown key by its object's), never
 * by its content, and skipped.
 */
@FunctionalInterface
interface JsonShape {

    /** Where values out of form are reported, and where the free text met on the way goes. */
    interface Problems {
        void at(String pointer, String problem);

        /** A string of free text (a reason, a path left out), for the text rules. */
        void text(String section, String text);
    }

    /** Checks the value whose first token is the parser's current one, leaving the parser on its last token. */
    void check(JsonParser parser, String pointer, Problems problems) throws IOException;

    static JsonShape object(Map<String, JsonShape> required, Map<String, JsonShape> optional) {
        return object(key -> required.getOrDefault(key, optional.get(key)), required.keySet());
    }

    /** An object whose keys {@code fields} gives a shape for (null: unknown), with every key of {@code required}. */
    static JsonShape object(Function<String, JsonShape> fields, Set<String> required) {
        return (parser, pointer, problems) -> {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                wrong(parser, pointer, problems, "not an object");
                return;
            }
            int found = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonShape field = fields.apply(key);
                parser.nextToken();
                if (field == null) {
                    problems.at(pointer.isEmpty() ? "/" : pointer, "a key the bundler does not write ("
                            + key.length() + " characters)");
                    parser.skipChildren();
                } else {
                    found += required.contains(key) ? 1 : 0;
                    field.check(parser, pointer + "/" + key.replace("~", "~0").replace("/", "~1"), problems);
                }
            }
            if (found < required.size()) {
                problems.at(pointer.isEmpty() ? "/" : pointer, "a key the bundler writes is missing");
            }
        };
    }

    static JsonShape array(JsonShape element) {
        return (parser, pointer, problems) -> {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                wrong(parser, pointer, problems, "not an array");
                return;
            }
            for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                element.check(parser, pointer + "/" + i, problems);
            }
        };
    }

    /** A string of the given form. */
    static JsonShape string(Predicate<String> form, String expected) {
        return (parser, pointer, problems) -> {
            if (parser.currentToken() != JsonToken.VALUE_STRING || !form.test(parser.getText())) {
                wrong(parser, pointer, problems, "not " + expected);
            }
        };
    }

    /** A string of at most {@code maxLength} printable characters, passed on as free text of {@code section}. */
    static JsonShape freeText(int maxLength, String section) {
        return passedOn(string(text -> Manifest.fits(text, maxLength), "text of at most " + maxLength + " printable characters"),
                section);
    }

    /** A string of any form passed on as text of {@code section}: what the archive holds bounds it (an entry's path). */
    static JsonShape text(String section) {
        return passedOn(string(text -> true, "a string"), section);
    }

    /** {@code shape}, its string passed on to the text rules as text of {@code section}. */
    private static JsonShape passedOn(JsonShape shape, String section) {
        return (parser, pointer, problems) -> {
            shape.check(parser, pointer, problems);
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                problems.text(section, parser.getText());
            }
        };
    }

    static JsonShape integer(long min, long max) {
        return (parser, pointer, problems) -> {
            boolean inRange = parser.currentToken() == JsonToken.VALUE_NUMBER_INT
                    && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                    && parser.getLongValue() >= min && parser.getLongValue() <= max;
            if (!inRange) {
                wrong(parser, pointer, problems, "an integer from " + min + " to " + max);
            }
        };
    }

    static JsonShape bool() {
        return (parser, pointer, problems) -> {
            if (!parser.currentToken().isBoolean()) {
                wrong(parser, pointer, problems, "not true or false");
            }
        };
    }

    /** One shape per kind of first token (string, array, ...): values of another kind are out of form. */
    static JsonShape byKind(Map<JsonToken, JsonShape> shapes) {
        return (parser, pointer, problems) -> {
            JsonShape shape = shapes.get(parser.currentToken());
            if (shape == null) {
                wrong(parser, pointer, problems, "a value of a kind the bundler does not write here");
            } else {
                shape.check(parser, pointer, problems);
            }
        };
    }

    private static void wrong(JsonParser parser, String pointer, Problems problems, String expected) throws IOException {
        problems.at(pointer, expected.startsWith("not ") || expected.startsWith("a ") ? expected : "not " + expected);
        parser.skipChildren();
    }
}
