package dev.nbexport.core.notebook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr(float)}, as {@code json.dumps} writes floats: the shortest digits that read
 * back as the same double, in fixed notation for exponents from -4 to 15 and scientific notation
 * otherwise ({@code 1e-05}, {@code 1e+16}).
 */
public final class PythonFloat {

    private PythonFloat() {
    }

    public static String repr(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0.0) {
            return (1.0 / value < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortestDigits(value);
        String digits = shortest.unscaledValue().abs().toString();
        // Strip trailing zeros of the digit string; the exponent moves accordingly.
        int trailing = 0;
        while (trailing < digits.length() - 1 && digits.charAt(digits.length() - 1 - trailing) == '0') {
            trailing++;
        }
        digits = digits.substring(0, digits.length() - trailing);
        // value = 0.d1d2d3... * 10^decimalPoint
        int decimalPoint = digits.length() - shortest.scale() + trailing;
        StringBuilder out = new StringBuilder(24);
        if (value < 0) {
            out.append('-');
        }
        if (decimalPoint > -4 && decimalPoint <= 16) {
            if (decimalPoint <= 0) {
                out.append("0.");
                out.append("0".repeat(-decimalPoint));
                out.append(digits);
            } else if (decimalPoint >= digits.length()) {
                out.append(digits);
                out.append("0".repeat(decimalPoint - digits.length()));
                out.append(".0");
            } else {
                out.append(digits, 0, decimalPoint);
                out.append('.');
                out.append(digits, decimalPoint, digits.length());
            }
        } else {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.');
                out.append(digits, 1, digits.length());
            }
            int exponent = decimalPoint - 1;
            out.append('e').append(exponent < 0 ? '-' : '+');
            int magnitude = Math.abs(exponent);
            if (magnitude < 10) {
                out.append('0');
            }
            out.append(magnitude);
        }
        return out.toString();
    }

    /** The fewest significant digits that round-trip, nearest to the exact value among those. */
    private static BigDecimal shortestDigits(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == value) {
                return candidate;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }
}
