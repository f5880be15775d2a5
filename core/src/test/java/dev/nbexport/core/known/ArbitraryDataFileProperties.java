package dev.nbexport.core.known;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever a data file holds, reading it gives known values (perhaps none), and searching with them gives a result. */
class ArbitraryDataFileProperties {

    @Property(tries = 500)
    void arbitraryBytesAsADataFileNeverThrow(@ForAll @Size(max = 2000) byte[] bytes) throws IOException {
        readAndSearch(bytes);
    }

    @Property(tries = 300)
    void delimitedLookingBytesNeverThrow(@ForAll("delimitedLooking") String text) throws IOException {
        readAndSearch(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> delimitedLooking() {
        return Arbitraries.strings().withChars(",;\t|\"\r\n\0 aZ9@.-é").ofMaxLength(3000);
    }

    private static void readAndSearch(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("known", ".csv");
        try {
            Files.write(file, bytes);
            KnownValues known = KnownDataReader.read(List.of(new KnownDataReader.Source(file, "data.csv")));
            assertNotNull(known.summary());
            known.find(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        } finally {
            Files.delete(file);
        }
    }
}
