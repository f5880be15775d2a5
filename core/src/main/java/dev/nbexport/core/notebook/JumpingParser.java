package dev.nbexport.core.notebook;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;

/**
 * Jackson's parser over a whole file in memory, which can be moved past an array that a faster
 * scan has already checked: to its closing bracket, with the line count kept right for the places
 * of later errors. Everything else is Jackson's own parsing.
 */
final class JumpingParser extends UTF8StreamJsonParser {

    private JumpingParser(IOContext context, int features, ObjectCodec codec, ByteQuadsCanonicalizer names, byte[] whole) {
        super(context, features, null, codec, names, whole, 0, whole.length, 0, false);
    }

    /** The file's bytes, never to be changed. */
    byte[] bytes() {
        return _inputBuffer;
    }

    /**
     * Continues at {@code close}, the closing bracket of the array whose start is the current token,
     * so that the next token is its end. The bytes in between must be JSON the parser would accept;
     * they hold {@code lineBreaks} line breaks, the last ending just before {@code lineStart}.
     */
    void jumpTo(int close, int lineBreaks, int lineStart) {
        if (currentToken() != JsonToken.START_ARRAY || close < _inputPtr || close >= _inputEnd || _inputBuffer[close] != ']') {
            throw new IllegalStateException("not a jump past the current array");
        }
        _inputPtr = close;
        _currInputRow += lineBreaks;
        if (lineBreaks > 0) {
            _currInputRowStart = lineStart;
        }
    }

    /** The factory that makes these parsers, for {@link JsonFactory#createParser(byte[], int, int)} of a whole file. */
    static final class Factory extends JsonFactory {
        private static final long serialVersionUID = 1L;

        Factory(JsonFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected JsonParser _createParser(byte[] data, int offset, int length, IOContext context) {
            if (offset != 0 || length != data.length) {
                throw new IllegalArgumentException("a whole file, from its first byte");
            }
            // The reader has already refused byte-order marks and UTF-16/32, so this is UTF-8.
            context.setEncoding(JsonEncoding.UTF8);
            return new JumpingParser(context, _parserFeatures, _objectCodec, _byteSymbolCanonicalizer.makeChild(_factoryFeatures), data);
        }
    }
}
