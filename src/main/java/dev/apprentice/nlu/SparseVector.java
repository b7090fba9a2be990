package dev.apprentice.nlu;

/** The non-zero entries of a dense vector, in index order. */
record SparseVector(int[] indices, float[] values) {

    static SparseVector of(float[] dense) {
        int nonZero = 0;
        for (float v : dense) {
            if (v != 0) {
                nonZero++;
            }
        }
        int[] indices = new int[nonZero];
        float[] values = new float[nonZero];
        int k = 0;
        for (int i = 0; i < dense.length; i++) {
            if (dense[i] != 0) {
                indices[k] = i;
                values[k++] = dense[i];
            }
        }
        return new SparseVector(indices, values);
    }
}
