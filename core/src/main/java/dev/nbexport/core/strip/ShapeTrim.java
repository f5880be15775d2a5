package dev.nbexport.core.strip;

import dev.nbexport.core.policy.Shape;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Trims a metadata value kept by an allow-list to the shape the policy gives it. */
final class ShapeTrim {

    /** What {@link #trim} gives for a value that cannot be made to fit: it goes whole. */
    static final int MISFIT = -1;

    private ShapeTrim() {
    }

    /**
     * Removes the parts of {@code value} outside {@code shape}, in place; returns how many went, or
     * {@link #MISFIT} when the value as a whole does not fit (a string where a flag belongs).
     */
    static int trim(Object value, Shape shape) {
        if (shape instanceof Shape.Any) {
            return 0;
        } else if (shape instanceof Shape.Flag) {
            return value instanceof Boolean ? 0 : MISFIT;
        } else if (shape instanceof Shape.Text text) {
            return value instanceof String string && text.pattern().matcher(string).matches() ? 0 : MISFIT;
        } else if (shape instanceof Shape.ListOf list) {
            return value instanceof List<?> items ? trimItems(items, list.item(), list.maxItems()) : MISFIT;
        } else if (shape instanceof Shape.Fields fields) {
            return value instanceof Map<?, ?> map ? trimFields(map, fields.fields()) : MISFIT;
        } else if (shape instanceof Shape.WellKnownOr known) {
            // Outside an object there is no sibling to fall back on.
            return value instanceof String string && known.wellKnown().matcher(string).matches() ? 0 : MISFIT;
        }
        throw new IllegalArgumentException("unknown shape " + shape);
    }

    private static int trimItems(List<?> items, Shape item, int maxItems) {
        int removed = 0;
        int kept = 0;
        for (Iterator<?> it = items.iterator(); it.hasNext(); ) {
            Object next = it.next();
            int inItem = kept < maxItems ? trim(next, item) : MISFIT;
            if (inItem == MISFIT) {
                it.remove();
                removed++;
            } else {
                removed += inItem;
                kept++;
            }
        }
        return removed;
    }

    @SuppressWarnings("unchecked")
    private static int trimFields(Map<?, ?> object, Map<String, Shape> fields) {
        Map<String, Object> map = (Map<String, Object>) object;
        int removed = 0;
        // Fields that fall back on a sibling are settled last, once the sibling is known to fit.
        for (Iterator<Map.Entry<String, Object>> it = map.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Object> field = it.next();
            Shape shape = fields.get(field.getKey());
            if (shape instanceof Shape.WellKnownOr) {
                continue;
            }
            int inField = shape == null ? MISFIT : trim(field.getValue(), shape);
            if (inField == MISFIT) {
                it.remove();
                removed++;
            } else {
                removed += inField;
            }
        }
        for (Iterator<Map.Entry<String, Object>> it = map.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Object> field = it.next();
            if (!(fields.get(field.getKey()) instanceof Shape.WellKnownOr known)) {
                continue;
            }
            Object sibling = map.get(known.sibling());
            if (field.getValue() instanceof String string
                    && (known.wellKnown().matcher(string).matches() || string.equals(sibling))) {
                continue;
            }
            if (sibling instanceof String replacement) {
                field.setValue(replacement);
            } else {
                it.remove();
            }
            removed++;
        }
        return removed;
    }
}
