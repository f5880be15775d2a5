package dev.nbexport.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Removing a policy's keys together does what removing them one after another does, nbstripout's way. */
class RemovedKeysProperties {

    private static final List<String> PARTS = List.of("metadata", "a", "b", "a.b", "metadata.a");

    @Provide
    Arbitrary<List<KeyPath>> paths() {
        Arbitrary<String> key = Arbitraries.of(PARTS).list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join(".", parts));
        return key.map(k -> new KeyPath(KeyPath.CELL, k)).list().ofMaxSize(6);
    }

    /** Maps two levels deep over the same names, empty ones often, and values that are not maps. */
    @Provide
    Arbitrary<Map<String, Object>> maps() {
        Arbitrary<Object> leaf = Arbitraries.of("text", 1L, "");
        Arbitrary<Object> inner = Arbitraries.maps(Arbitraries.of(PARTS), leaf).ofMaxSize(3).map(LinkedHashMap::new);
        Arbitrary<Object> value = Arbitraries.oneOf(leaf, inner, Arbitraries.just(Map.of()).map(LinkedHashMap::new));
        return Arbitraries.maps(Arbitraries.of(PARTS), value).ofMaxSize(4).map(LinkedHashMap::new);
    }

    @Property(tries = 3000)
    void removesWhatRemovingEachInTurnRemoves(@ForAll("paths") List<KeyPath> paths, @ForAll("maps") Map<String, Object> map) {
        Map<String, Object> oneByOne = deepCopy(map);
        int expected = 0;
        for (KeyPath path : paths) {
            expected += path.removeFrom(oneByOne) ? 1 : 0;
        }
        Map<String, Object> together = deepCopy(map);
        assertEquals(expected, new RemovedKeys(paths).removeFrom(together));
        assertEquals(oneByOne, together);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(key, value instanceof Map<?, ?> inner ? deepCopy((Map<String, Object>) inner) : value));
        return copy;
    }
}
