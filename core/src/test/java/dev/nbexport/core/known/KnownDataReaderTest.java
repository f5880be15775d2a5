package dev.nbexport.core.known;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownDataReaderTest {

    @TempDir
    Path folder;

    @Test
    void findsCustomersNamedInProseWhateverTheirCaseAndSpacing() throws Exception {
        KnownValues known = Customers.known(folder, "data/customers.csv", Customers.csv(20));
        String notes = "# Incident\n\nThe failed batch affected Amara Adeyemi,\nBJORN   LINDGREN and chiara bianchi.\n";
        KnownMatch match = known.find(notes);
        assertNotNull(match);
        assertEquals(3, match.values());
        assertEquals(notes.indexOf("Amara"), match.start());
        assertEquals(notes.indexOf(" and chiara") + " and chiara bianchi".length(), match.end());
        assertEquals("3 values of data/customers.csv (column name) appear here", match.what());
    }

    @Test
    void findsEmailsPhonesAndIbansAndSaysWhichColumns() throws Exception {
        KnownValues known = Customers.known(folder, "customers.csv", Customers.csv(20));
        KnownMatch match = known.find("assert lookup(100238) == 'bjorn.lindgren@example.org'  # +49-171-1702648, DE89370400440532013097");
        assertNotNull(match);
        assertEquals(4, match.values(), "the name in the e-mail address counts too; an id of six digits does not");
        assertEquals("4 values of customers.csv (columns name, email, phone, iban) appear here", match.what());
    }

    @Test
    void valuesThatDoNotIdentifyNeverMatch() throws Exception {
        KnownValues known = Customers.known(folder, "customers.csv", Customers.csv(20));
        assertNull(known.find("Offices in New York and San Francisco; segment premium, churn yes, 1012.5 EUR on 2023-02-02;"
                + " Amara alone, Adeyemi alone, 100 customers, id 1002"));
    }

    @Test
    void aColumnWhoseValuesRepeatIsNotKnownData() throws Exception {
        StringBuilder csv = new StringBuilder("name,city\n");
        for (int i = 0; i < 40; i++) {
            csv.append("Person Number").append(i).append(',').append(Customers.CITIES[i % 5]).append('\n');
        }
        KnownValues known = Customers.known(folder, "people.csv", csv.toString());
        assertNull(known.find("We opened in New York."));
        assertNotNull(known.find("Call person number7 today."));
    }

    @Test
    void aPlaceholderRepeatedInANameColumnIsNotKnownData() throws Exception {
        StringBuilder csv = new StringBuilder("name\n");
        for (int i = 0; i < 40; i++) {
            csv.append(i % 10 == 0 ? "not known" : "Person Number" + i).append('\n');
        }
        KnownValues known = Customers.known(folder, "people.csv", csv.toString());
        assertNull(known.find("the value is not known"));
        assertNotNull(known.find("Person Number3"));
    }

    @Test
    void aFileOfFewerThanTenRowsSaysNothingOfItsColumns() throws Exception {
        KnownValues known = Customers.known(folder, "three.csv", Customers.csv(3));
        assertTrue(known.isEmpty());
    }

    @Test
    void aColumnIsNamedByItsHeaderOnlyWhenThatIsOneWord() throws Exception {
        assertEquals("customer_name", KnownDataReader.columnName(List.of("customer_name"), 0));
        assertEquals("1", KnownDataReader.columnName(List.of("Amara Adeyemi"), 0));
        assertEquals("2", KnownDataReader.columnName(List.of("x"), 1));
        assertEquals("1", KnownDataReader.columnName(List.of("C100231"), 0));
    }

    @Test
    void theSummarySaysWhatWasReadAndWhatWasLeft() throws Exception {
        Path customers = Customers.write(folder, "customers.csv", Customers.csv(20));
        KnownValues known = KnownDataReader.read(List.of(new KnownDataReader.Source(customers, "customers.csv"),
                new KnownDataReader.Source(folder.resolve("gone.csv"), "gone.csv")));
        assertEquals("known data: 80 values from 2 files (gone.csv not read: cannot be read)", known.summary());
        assertFalse(known.summary().contains("Amara"));
    }

    @Test
    void aFolderNamesTheDelimitedFilesBelowIt() throws Exception {
        Customers.write(folder, "crm/a.csv", "x");
        Customers.write(folder, "crm/deep/b.txt", "x");
        Customers.write(folder, "crm/c.parquet", "x");
        assertEquals(List.of(folder.resolve("crm/a.csv"), folder.resolve("crm/deep/b.txt")),
                KnownDataReader.sourcesOf(folder.resolve("crm")).stream().map(KnownDataReader.Source::file).toList());
        assertTrue(Files.exists(folder.resolve("crm/c.parquet")));
    }
}
