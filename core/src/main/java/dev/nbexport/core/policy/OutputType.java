package dev.nbexport.core.policy;

import java.util.Map;

/**
 * An output selector in nbstripout's form: {@code OUTPUT_TYPE} or {@code OUTPUT_TYPE:NAME},
 * for example {@code stream:stderr} or {@code display_data}.
 */
public record OutputType(String outputType, String name) {

    public static OutputType parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new OutputType(text, null);
        }
        if (text.indexOf(':', colon + 1) >= 0) {
            throw new IllegalArgumentException("an output type is TYPE or TYPE:NAME, not " + text);
        }
        return new OutputType(text.substring(0, colon), text.substring(colon + 1));
    }

    public boolean matches(Map<String, Object> output) {
        return outputType.equals(output.get("output_type"))
                && (name == null || name.equals(output.get("name")));
    }

    @Override
    public String toString() {
        return name == null ? outputType : outputType + ":" + name;
    }
}
