package io.crbench.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * A cursor over one protobuf message in a byte array: reads tags and the four wire types ONNX
 * uses, and skips unknown fields. Every malformed or truncated read is a {@link ModelLoadException}
 * naming the source file and the byte offset, so a corrupt model never surfaces as an index error.
 */
final class ProtobufReader {
    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH_DELIMITED = 2;
    static final int START_GROUP = 3;
    static final int END_GROUP = 4;
    static final int FIXED32 = 5;

    /** A varint encodes 64 bits in at most 10 bytes of 7 bits each. */
    private static final int MAX_VARINT_BYTES = 10;

    private final byte[] bytes;
    private final int limit;
    private final String source;
    private int position;

    /** A reader of the whole of {@code bytes}; {@code source} names the file in error messages. */
    ProtobufReader(byte[] bytes, String source) {
        this(bytes, 0, bytes.length, source);
    }

    private ProtobufReader(byte[] bytes, int start, int limit, String source) {
        this.bytes = bytes;
        this.position = start;
        this.limit = limit;
        this.source = source;
    }

    boolean hasMore() {
        return position < limit;
    }

    /** Offset of the next byte in the file, for error messages. */
    int position() {
        return position;
    }

    /** Reads a field tag and checks its field number and wire type are legal. */
    int readTag() {
        int at = position;
        long tag = readVarint();
        int wireType = (int) (tag & 7);
        long field = tag >>> 3;
        if (field < 1 || field > 0x1FFF_FFFF) {
            throw corrupt(at, "invalid field number " + field);
        }
        if (wireType > FIXED32) {
            throw corrupt(at, "invalid wire type " + wireType + " for field " + field);
        }
        return (int) tag;
    }

    static int fieldNumber(int tag) {
        return tag >>> 3;
    }

    static int wireType(int tag) {
        return tag & 7;
    }

    long readVarint() {
        int at = position;
        long value = 0;
        for (int i = 0; i < MAX_VARINT_BYTES; i++) {
            if (position >= limit) {
                throw corrupt(at, "truncated varint");
            }
            byte b = bytes[position++];
            value |= (long) (b & 0x7F) << (7 * i);
            if (b >= 0) {
                return value;
            }
        }
        throw corrupt(at, "varint longer than " + MAX_VARINT_BYTES + " bytes");
    }

    long readFixed64() {
        int at = require(8, "64-bit value");
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = value << 8 | (bytes[at + i] & 0xFF);
        }
        position += 8;
        return value;
    }

    int readFixed32() {
        int at = require(4, "32-bit value");
        int value = 0;
        for (int i = 3; i >= 0; i--) {
            value = value << 8 | (bytes[at + i] & 0xFF);
        }
        position += 4;
        return value;
    }

    /** The payload of a length-delimited field as a reader of its own (no copy). */
    ProtobufReader readMessage() {
        int length = readLength();
        ProtobufReader message = new ProtobufReader(bytes, position, position + length, source);
        position += length;
        return message;
    }

    byte[] readBytes() {
        int length = readLength();
        byte[] out = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return out;
    }

    String readString() {
        int length = readLength();
        String out = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return out;
    }

    /** Skips the value of a field whose tag was just read, whatever its wire type. */
    void skipField(int tag) {
        switch (wireType(tag)) {
            case VARINT -> readVarint();
            case FIXED64 -> skip(8, "64-bit value");
            case LENGTH_DELIMITED -> {
                int length = readLength();
                position += length;
            }
            case FIXED32 -> skip(4, "32-bit value");
            case START_GROUP -> skipGroup(fieldNumber(tag));
            default -> throw corrupt(position, "unexpected end-group marker for field " + fieldNumber(tag));
        }
    }

    /** Throws unless the tag just read has {@code expected} wire type; {@code what} names the field. */
    void requireWireType(int tag, int expected, String what) {
        if (wireType(tag) != expected) {
            throw corrupt(position, what + " (field " + fieldNumber(tag) + ") has wire type " + wireType(tag)
                    + ", expected " + expected);
        }
    }

    /** A {@link ModelLoadException} naming the file, {@code offset} and what is wrong there. */
    ModelLoadException corrupt(int offset, String problem) {
        return new ModelLoadException("corrupt ONNX file " + source + ": " + problem + " at byte " + offset);
    }

    /**
     * Groups are deprecated and ONNX never writes them, but skipping one must consume it whole;
     * nested groups are tracked on a stack, so a corrupt file cannot overflow the call stack.
     */
    private void skipGroup(int field) {
        int start = position;
        Deque<Integer> open = new ArrayDeque<>();
        open.push(field);
        while (!open.isEmpty()) {
            if (!hasMore()) {
                throw corrupt(start, "truncated group of field " + field);
            }
            int tag = readTag();
            switch (wireType(tag)) {
                case START_GROUP -> open.push(fieldNumber(tag));
                case END_GROUP -> {
                    int expected = open.pop();
                    if (fieldNumber(tag) != expected) {
                        throw corrupt(position, "group of field " + expected + " ended by field " + fieldNumber(tag));
                    }
                }
                default -> skipField(tag);
            }
        }
    }

    private int readLength() {
        int at = position;
        long length = readVarint();
        if (length < 0 || length > limit - position) {
            throw corrupt(at, "length " + length + " runs past the end of its message ("
                    + (limit - position) + " bytes left)");
        }
        return (int) length;
    }

    /** Checks {@code count} bytes remain and returns the current position. */
    private int require(int count, String what) {
        if (limit - position < count) {
            throw corrupt(position, "truncated " + what);
        }
        return position;
    }

    private void skip(int count, String what) {
        position = require(count, what) + count;
    }
}
