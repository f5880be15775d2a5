package dev.nbexport.core.verify;

import java.util.Random;
import java.util.function.IntFunction;

/** Rows of a small customer table, the data the table tests plant in code: id, name, birth date, amount. */
final class CustomerRows {

    static final String[] NAMES = {"Ann Lee", "Bob Ray", "Cyd Moe", "Dan Fox", "Eve Kim", "Fay Orr", "Gus Poe", "Hal Roy"};
    /** A value no report may repeat: one of the names. */
    static final String SECRET = "Cyd Moe";

    private static final String[] FIRST = {"Ann", "Bobby", "Cyd", "Daniel", "Eve", "Fay", "Gustav", "Hal", "Ida", "Jonas", "Kai",
        "Louisa"};
    private static final String[] LAST = {"Lee", "Ray", "Moreau", "Fox", "Kowalski", "Orr", "Poe", "Royce", "Ngo", "Sunde", "Vos",
        "Wu", "Abe", "Bayer", "Cho", "Dye"};

    private CustomerRows() {
    }

    /** Customer {@code i}'s full name, its first and last names varying as people's do; no two alike in the first 64. */
    static String person(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[(7 * i) % LAST.length] + (i < LAST.length ? "" : "son".repeat(i / LAST.length));
    }

    /** The cells of customer {@code i}, {@link #person} its name: id, name, birth date, amount. */
    static String[] cells(int i) {
        String[] cells = customer(i, ",").split(",");
        cells[1] = person(i);
        return cells;
    }

    /** A text of {@code rows} lines, line {@code i} made by {@code line}: a table one customer a line. */
    static String lines(int rows, IntFunction<String> line) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            text.append(line.apply(i)).append('\n');
        }
        return text.toString();
    }

    /** Customer {@code i}'s id: six digits, none alike. */
    static int id(int i) {
        return 100231 + 7 * i;
    }

    /** Customer {@code i}'s signup date in 2023, as ISO writes it. */
    static String date(int i) {
        Random random = new Random(i);
        return "2023-" + String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    /** Customer {@code i}'s amount, with cents. */
    static String amount(int i) {
        Random random = new Random(31 * i + 7);
        return random.nextInt(5000) + "." + (10 + random.nextInt(90));
    }

    /** Row {@code i}, its fields joined by {@code delimiter}. */
    static String customer(int i, String delimiter) {
        Random random = new Random(i);
        return String.join(delimiter, String.valueOf(1000 + i), NAMES[i % NAMES.length],
                "19" + (50 + random.nextInt(50)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10),
                random.nextInt(9999) + "." + (10 + random.nextInt(90)));
    }
}
