package dev.nbexport.core.known;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A number cell's value as a person writes it: Excel stores the id 10023456 as {@code 10023456} or
 * {@code 1.0023456E7}, and a writer may store it as {@code 10023456.0}; each reads as
 * {@code 10023456}, so that the id is found in a text. Other numbers stay as stored: an amount keeps
 * its decimals (and so is no identifying value), a date stays the serial number it is stored as.
 */
final class ExcelNumber {

    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]{1,30}(\\.[0-9]{1,30})?([eE][+-]?[0-9]{1,3})?");
    /** Digits of the largest whole number written out: a longer one is no id, and {@code 1E300} is no string to build. */
    private static final int MAX_DIGITS = 30;

    private ExcelNumber() {
    }

    static String plain(String stored) {
        String value = stored.strip();
        if (isDigits(value) || !NUMBER.matcher(value).matches()) {
            return value;
        }
        BigDecimal number = new BigDecimal(value).stripTrailingZeros();
        boolean whole = number.scale() <= 0;
        return whole && number.precision() - number.scale() <= MAX_DIGITS ? number.toPlainString() : value;
    }

    /** Digits alone, as most number cells are: already as a person writes them. */
    private static boolean isDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
