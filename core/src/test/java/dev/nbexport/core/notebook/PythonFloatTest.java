package dev.nbexport.core.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonFloatTest {

    @ParameterizedTest(name = "{0} is written as {1}")
    @CsvSource({
            "0.1, 0.1",
            "1e-05, 1e-05",
            "0.0001, 0.0001",
            "1e16, 1e+16",
            "1e15, 1000000000000000.0",
            "123456789.125, 123456789.125",
            "1.5e-7, 1.5e-07",
            "-0.0, -0.0",
            "0.0, 0.0",
            "1e22, 1e+22",
            "1e23, 1e+23",
            "5e-324, 5e-324",
            "1.7976931348623157e308, 1.7976931348623157e+308",
            "0.6666666666666666, 0.6666666666666666",
            "100, 100.0",
            "12345678901234567.0, 1.2345678901234568e+16",
            "9007199254740993.0, 9007199254740992.0",
            "-1.25e-10, -1.25e-10",
            "4.35, 4.35",
            "0.000123, 0.000123",
    })
    void writesFloatsAsPythonsReprDoes(double value, String python) {
        assertEquals(python, PythonFloat.repr(value));
    }

    @ParameterizedTest
    @CsvSource({"NaN, NaN", "Infinity, Infinity", "-Infinity, -Infinity"})
    void writesNonFiniteFloatsAsPythonsJsonModuleDoes(double value, String python) {
        assertEquals(python, PythonFloat.repr(value));
    }

    @Property(tries = 2000)
    void everyFiniteFloatReadsBackAsItself(@ForAll double value) {
        if (Double.isFinite(value)) {
            assertEquals(value, Double.parseDouble(PythonFloat.repr(value)));
        }
    }
}
