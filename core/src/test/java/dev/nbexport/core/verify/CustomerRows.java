package dev.nbexport.core.verify;

import java.util.Random;

/** Rows of a small customer table, the data the table tests plant in code: id, name, birth date, amount. */
final class CustomerRows {

    static final String[] NAMES = {"Ann Lee", "Bob Ray", "Cyd Moe", "Dan Fox", "Eve Kim", "Fay Orr", "Gus Poe", "Hal Roy"};
    /** A value no report may repeat: one of the names. */
    static final String SECRET = "Cyd Moe";

    private CustomerRows() {
    }

    /** Row {@code i}, its fields joined by {@code delimiter}. */
    static String customer(int i, String delimiter) {
        Random random = new Random(i);
        return String.join(delimiter, String.valueOf(1000 + i), NAMES[i % NAMES.length],
                "19" + (50 + random.nextInt(50)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10),
                random.nextInt(9999) + "." + (10 + random.nextInt(90)));
    }
}
