package dev.nbexport.core.known;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ValueShapeTest {

    @ParameterizedTest
    @ValueSource(strings = {"Amara Adeyemi", "de Vries", "Via Roma 48", "amara.adeyemi@example.org", "+49 171 1702635",
        "DE89370400440532013000", "01711702635", "C-10023", "Rue de la Paix 12, 75001 Paris", "Siobhan O'Brien"})
    void valuesThatIdentifySomeoneAreKept(String value) {
        assertTrue(ValueShape.of(value).identifying(), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lyon", "premium", "yes", "2238.5", "1,204.50", "€ 12.345,67", "52.520008", "-13.404954",
        "2023-01-15", "15.01.2023", "77096", "100231", "42", "N/A", "n a", "", "O'Brien", "Al-Sayed", "0x3f800000",
        "the customer called back twice about the late fee and asked for a refund of it"})
    void valuesThatOrdinaryTextIsFullOfAreNot(String value) {
        assertFalse(ValueShape.of(value).identifying(), value);
    }

    @Test
    void caseAndRunsOfSeparatorsDoNotChangeTheHash() {
        assertEquals(ValueShape.of("Ann  LEE").hash(), ValueShape.of("ann lee").hash());
        assertEquals(ValueShape.of("+49 30 1234567").hash(), ValueShape.of("+49-30-1234567").hash());
        assertEquals(ValueShape.of("O'Brien, Siobhan").hash(), ValueShape.of("o\u2019brien siobhan").hash());
        assertNotEquals(ValueShape.of("Ann Lee").hash(), ValueShape.of("Lee Ann").hash());
    }

    @Test
    void aLongValueIsSearchedForByItsFirstSixWords() {
        ValueShape address = ValueShape.of("Flat 3, 12 Rue de la Paix, Paris");
        assertEquals(8, address.words());
        assertEquals(ValueShape.of("flat 3 12 rue de la").hash(), address.matchHash());
    }
}
