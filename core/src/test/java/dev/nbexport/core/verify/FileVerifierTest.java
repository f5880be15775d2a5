package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.policy.Preset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileVerifierTest {

    @TempDir
    Path dir;

    private List<String> rules(String name, byte[] content) throws Exception {
        Path file = Files.write(dir.resolve(name), content);
        return Nbexport.verifyFile(file, Preset.EXPORT.policy()).stream().map(f -> f.rule().id()).toList();
    }

    private static byte[] bytes(String hex) {
        return java.util.HexFormat.of().parseHex(hex);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "customers.csv, 69642c6e616d650a312c4a616e650a",
            "renamed.txt, 50415231000000",
            "frame.feather.bin, 4152524f573100",
            "model.bin, 80049500000000",
            "array.dat, 934e554d5059010076",
            "store.data, 894844460d0a1a0a00",
            "app.cache, 53514c69746520666f726d6174203300",
            "legacy.xls, d0cf11e0a1b11ae100",
            "workspace.RData, 524458330a",
            "survey.sav, 24464c3200",
            "table.sas7bdat, 000000000000000000000000c2ea8160",
            "book.xlsx, 504b030414000600",
            ".Rhistory, 6c69627261727928646174612e7461626c65290a",
    })
    void recognisesDataByNameOrContent(String name, String hex) throws Exception {
        assertEquals(List.of("data-file"), rules(name, bytes(hex)));
    }

    @Test
    void recognisesArchivesAndUnknownBinaries() throws Exception {
        assertEquals(List.of("nested-archive"), rules("more.zip", bytes("504b030414000000")));
        assertEquals(List.of("nested-archive"), rules("notes.txt", bytes("1f8b0800000000000003")));
        assertEquals(List.of("binary-file"), rules("blob.bin", bytes("00ff00ff10")));
    }

    @Test
    void textNotInUtf8FailsClosedSayingWhatItLooksLikeWithoutQuotingIt() throws Exception {
        byte[] latin1 = "name = \"J\u00fcrgen M\u00fcller\"\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf16 = "\ufeffid,name\n1001,J\u00fcrgen M\u00fcller\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16be = "\ufeffid,name\n".getBytes(StandardCharsets.UTF_16BE);
        assertEquals("not UTF-8 text: it looks like Latin-1 (or Windows-1252); convert it to UTF-8", message("names.py", latin1));
        assertEquals("not UTF-8 text: UTF-16, as its byte order mark says; convert it to UTF-8", message("export.txt", utf16));
        assertEquals("not UTF-8 text: UTF-16, as its byte order mark says; convert it to UTF-8", message("export.txt", utf16be));
        assertEquals("binary content", message("blob.bin", bytes("00ff00ff10")));
        assertEquals("binary content", message("ctl.py", bytes("6e616d6520fc0102")), "control bytes are no text in any encoding");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsNamedSoThatItIsConverted() throws Exception {
        String export = "id\tname\tamount\r\n1001\tJ\u00fcrgen M\u00fcller\t12.50\r\n1002\tAnn Lee \ud83d\ude00\t3.10\r\n";
        assertEquals("not UTF-8 text: it looks like UTF-16 (little-endian) without a byte order mark; convert it to UTF-8",
                message("export.txt", export.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("not UTF-8 text: it looks like UTF-16 (big-endian) without a byte order mark; convert it to UTF-8",
                message("export.txt", export.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("not UTF-8 text: it looks like UTF-16 (little-endian) without a byte order mark; convert it to UTF-8",
                message("notes.md", "Get-Process | Out-File procs.md\r\n".repeat(200).getBytes(StandardCharsets.UTF_16LE)),
                "longer than the head read");
    }

    @Test
    void binariesWithZeroBytesStayBinary() throws Exception {
        assertEquals("binary content", message("short.bin", "id,name".getBytes(StandardCharsets.UTF_16LE)), "too few units to tell");
        byte[] counters = new byte[64];
        for (int i = 0; i < counters.length; i += 2) {
            counters[i] = (byte) (i < 8 ? 0x41 + i : i % 0x20);
        }
        assertEquals("binary content", message("counters.bin", counters), "small numbers are controls, not text");
        byte[] executable = new byte[128];
        executable[0] = 'M';
        executable[1] = 'Z';
        assertEquals("binary content", message("tool.exe", executable), "runs of zeros");
        byte[] lone = "abcdefghijklmnop".getBytes(StandardCharsets.UTF_16LE);
        lone[6] = 0x00;
        lone[7] = (byte) 0xdc;
        assertEquals("binary content", message("lone.bin", lone), "half a surrogate pair is no UTF-16 text");
        byte[] mostlyOther = "\u4e2d\u6587\u6587\u4ef6\u540d\u79f0\u4e2d\u6587ab".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("binary content", message("cjk.bin", mostlyOther), "not mostly ASCII: too little to tell from a binary");
    }

    private String message(String name, byte[] content) throws Exception {
        Path file = Files.write(dir.resolve(name), content);
        List<Finding> findings = Nbexport.verifyFile(file, Preset.EXPORT.policy());
        assertEquals(List.of("binary-file"), findings.stream().map(f -> f.rule().id()).toList());
        assertFalse(findings.get(0).toString().contains("rgen"), "a report never quotes the bytes");
        return findings.get(0).message();
    }

    @Test
    void aNotebookUnderAnotherNameIsNotTakenForText() throws Exception {
        byte[] v4 = "{\n \"cells\": [{\"cell_type\": \"code\", \"outputs\": [{\"text\": \"Jane,1001\"}]}],\n \"nbformat\": 4}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] v3 = "{\"metadata\": {}, \"nbformat\": 3, \"worksheets\": []}".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("data-file"), rules("analysis.py", v4));
        assertEquals(List.of("data-file"), rules("notes.md", v3));
        assertEquals(List.of(), rules("settings.toml", "{\"cell_size\": 4}\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void ordinaryTextAndCodeAreClean() throws Exception {
        assertEquals(List.of(), rules("train.py", "import pandas as pd\ndf = pd.read_csv('data.csv')\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), rules("README.md", "# Analysis\n\nSee `train.py`.\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), rules("environment.yml", "name: churn\ndependencies:\n  - pandas\n".getBytes(StandardCharsets.UTF_8)));
    }
}
