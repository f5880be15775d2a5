package dev.nbexport.core.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nbexport.core.policy.Shape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Finds the parts of an allow-listed metadata value outside the shape the policy gives it: a key
 * meant for a flag or a short name that holds anything else could hold a table.
 */
final class ShapeCheck {

    /** One part that does not fit: where below the value (a JSON pointer suffix), what it is, and what is wrong. */
    record Misfit(String suffix, JsonNode value, String what) {
    }

    private ShapeCheck() {
    }

    static List<Misfit> misfits(JsonNode value, Shape shape) {
        List<Misfit> found = new ArrayList<>();
        check(value, shape, "", found);
        return found;
    }

    private static void check(JsonNode value, Shape shape, String at, List<Misfit> found) {
        if (shape instanceof Shape.Flag) {
            expect(value.isBoolean(), value, at, "a metadata value that is not true or false", found);
        } else if (shape instanceof Shape.Text text) {
            expect(value.isTextual() && text.pattern().matcher(value.textValue()).matches(), value, at,
                    "a metadata value that is not a short name of the form the policy keeps", found);
        } else if (shape instanceof Shape.ListOf list) {
            if (expect(value.isArray(), value, at, "a metadata value that is not a list", found)
                    && expect(value.size() <= list.maxItems(), value, at, "a list longer than the policy keeps", found)) {
                int i = 0;
                for (JsonNode item : value) {
                    check(item, list.item(), at + "/" + i++, found);
                }
            }
        } else if (shape instanceof Shape.Fields fields) {
            if (expect(value.isObject(), value, at, "a metadata value that is not an object", found)) {
                checkFields(value, fields.fields(), at, found);
            }
        } else if (shape instanceof Shape.WellKnownOr known) {
            expect(value.isTextual() && known.wellKnown().matcher(value.textValue()).matches(), value, at,
                    "a metadata value that is not a well-known name", found);
        }
    }

    private static void checkFields(JsonNode object, Map<String, Shape> fields, String at, List<Misfit> found) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String here = at + "/" + NotebookVerifier.escape(field.getKey());
            Shape shape = fields.get(field.getKey());
            if (shape == null) {
                found.add(new Misfit(here, field.getValue(), "a metadata key the policy does not keep here"));
            } else if (shape instanceof Shape.WellKnownOr known) {
                JsonNode sibling = object.get(known.sibling());
                boolean siblingFits = sibling != null && sibling.isTextual() && fields.containsKey(known.sibling())
                        && misfits(sibling, fields.get(known.sibling())).isEmpty();
                JsonNode value = field.getValue();
                expect(value.isTextual() && (known.wellKnown().matcher(value.textValue()).matches()
                                || siblingFits && value.textValue().equals(sibling.textValue())), value, here,
                        "a name neither well known nor equal to the " + known.sibling() + " beside it", found);
            } else {
                check(field.getValue(), shape, here, found);
            }
        }
    }

    /** Adds a misfit unless {@code fits}; returns {@code fits}. */
    private static boolean expect(boolean fits, JsonNode value, String at, String what, List<Misfit> found) {
        if (!fits) {
            found.add(new Misfit(at, value, what));
        }
        return fits;
    }
}
