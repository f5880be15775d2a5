package dev.nbexport.core.verify;

import java.util.List;

/** Placeholder until the text rules land. */
final class TextScanner {
    TextScanner(ScanSettings settings) {
    }

    List<TextHit> scan(String text) {
        return List.of();
    }
}
