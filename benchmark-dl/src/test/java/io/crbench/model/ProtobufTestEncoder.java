package io.crbench.model;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Test-only protobuf writer for hand-built ONNX messages: each call appends one field, so a test
 * can produce packed and unpacked encodings, unknown fields and deliberately broken bytes.
 */
final class ProtobufTestEncoder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    ProtobufTestEncoder varint(int field, long value) {
        tag(field, 0);
        rawVarint(value);
        return this;
    }

    ProtobufTestEncoder fixed64(int field, long value) {
        tag(field, 1);
        out.writeBytes(littleEndian(8).putLong(value).array());
        return this;
    }

    ProtobufTestEncoder fixed32(int field, int value) {
        tag(field, 5);
        out.writeBytes(littleEndian(4).putInt(value).array());
        return this;
    }

    ProtobufTestEncoder floatField(int field, float value) {
        return fixed32(field, Float.floatToIntBits(value));
    }

    ProtobufTestEncoder doubleField(int field, double value) {
        return fixed64(field, Double.doubleToLongBits(value));
    }

    ProtobufTestEncoder bytes(int field, byte[] value) {
        tag(field, 2);
        rawVarint(value.length);
        out.writeBytes(value);
        return this;
    }

    ProtobufTestEncoder string(int field, String value) {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    ProtobufTestEncoder message(int field, ProtobufTestEncoder value) {
        return bytes(field, value.toByteArray());
    }

    ProtobufTestEncoder packedVarints(int field, long... values) {
        ProtobufTestEncoder payload = new ProtobufTestEncoder();
        for (long v : values) {
            payload.rawVarint(v);
        }
        return bytes(field, payload.toByteArray());
    }

    ProtobufTestEncoder packedFloats(int field, float... values) {
        ByteBuffer payload = littleEndian(4 * values.length);
        for (float v : values) {
            payload.putFloat(v);
        }
        return bytes(field, payload.array());
    }

    ProtobufTestEncoder packedDoubles(int field, double... values) {
        ByteBuffer payload = littleEndian(8 * values.length);
        for (double v : values) {
            payload.putDouble(v);
        }
        return bytes(field, payload.array());
    }

    /** A start-group / end-group pair around {@code content} (deprecated wire types 3 and 4). */
    ProtobufTestEncoder group(int field, ProtobufTestEncoder content) {
        tag(field, 3);
        out.writeBytes(content.toByteArray());
        tag(field, 4);
        return this;
    }

    /** Appends bytes as they are, for broken encodings. */
    ProtobufTestEncoder raw(byte... bytes) {
        out.writeBytes(bytes);
        return this;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    static ByteBuffer littleEndian(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private void tag(int field, int wireType) {
        rawVarint((long) field << 3 | wireType);
    }

    private void rawVarint(long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }
}
