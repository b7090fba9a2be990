package dev.apprentice.knowledge.jpa;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Converts embeddings to and from the bytes stored in {@link SenseRecord#embedding}. */
public final class Vectors {

    private Vectors() {
    }

    public static byte[] toBytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN);
        for (float value : vector) {
            buffer.putFloat(value);
        }
        return buffer.array();
    }

    /** Returns the floats in {@code bytes}; null or empty gives an empty vector. */
    public static float[] fromBytes(byte[] bytes) {
        if (bytes == null) {
            return new float[0];
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] vector = new float[bytes.length / Float.BYTES];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = buffer.getFloat();
        }
        return vector;
    }
}
