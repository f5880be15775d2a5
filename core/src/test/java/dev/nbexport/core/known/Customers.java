package dev.nbexport.core.known;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A customer table as a site keeps it: ids, names, e-mails, phones, IBANs that identify; cities, segments, amounts, dates that do not. */
final class Customers {

    static final String[] FIRST = {"Amara", "Bjorn", "Chiara", "Dmitri", "Esther", "Fatima", "Goran", "Hana", "Ismail",
        "Joanna", "Kenji", "Lucia", "Mehmet", "Nadia", "Oluwaseun", "Pieter", "Qing", "Rahul", "Sofia", "Tomasz"};
    static final String[] LAST = {"Adeyemi", "Lindgren", "Bianchi", "Volkov", "Cohen", "Al-Sayed", "Petrovic", "Suzuki",
        "Karim", "Nowak", "Watanabe", "Fernandez", "Yilmaz", "Haddad", "Okonkwo", "de Vries", "Zhang", "Sharma",
        "Papadopoulos", "Kaminski"};
    static final String[] CITIES = {"New York", "Lyon", "Utrecht", "Graz", "San Francisco"};
    static final String[] SEGMENTS = {"retail", "premium", "sme"};

    private Customers() {
    }

    static String name(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[i % LAST.length];
    }

    /** {@code n} customers (at most 20), header first. */
    static String csv(int n) {
        StringBuilder out = new StringBuilder("id,name,email,phone,iban,city,segment,amount,signup,churn\n");
        for (int i = 0; i < n; i++) {
            out.append(100231 + 7 * i).append(',')
                    .append(name(i)).append(',')
                    .append(FIRST[i].toLowerCase()).append('.').append(LAST[i].toLowerCase().replace(" ", "")).append("@example.org,")
                    .append("+49 171 ").append(1702635 + 13 * i).append(',')
                    .append("DE89370400440532").append(String.format("%06d", 13000 + 97 * i)).append(',')
                    .append(CITIES[i % CITIES.length]).append(',')
                    .append(SEGMENTS[i % SEGMENTS.length]).append(',')
                    .append(1000 + 12.5 * i).append(',')
                    .append(String.format("2023-%02d-%02d", 1 + i % 12, 1 + i % 28)).append(',')
                    .append(i % 2 == 0 ? "yes" : "no").append('\n');
        }
        return out.toString();
    }

    static Path write(Path folder, String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    static KnownValues known(Path folder, String name, String content) throws IOException {
        Path file = write(folder, name, content);
        return KnownDataReader.read(java.util.List.of(new KnownDataReader.Source(file, name)));
    }
}
