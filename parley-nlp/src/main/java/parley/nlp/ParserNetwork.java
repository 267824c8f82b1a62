package parley.nlp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The feed-forward network of CoreNLP's neural dependency parser (nndep's {@code Classifier.computeScores}),
 * scored with the parser's own weights and the same arithmetic in the same order, so that every score is the
 * same double and every parse the same tree; it is faster for three reasons, none of which changes a bit:
 *
 * <ul>
 * <li>the output layer and the hidden-layer slices are dot products whose additions form one chain each; CoreNLP
 *     runs one chain at a time, which leaves the processor waiting for each addition, and this class runs several
 *     independent chains side by side (four hidden units of a slice, its weights laid out to be read straight through;
 *     every output unit at once), each added in CoreNLP's order;
 * <li>a word's hidden-layer slice at a position (the features CoreNLP does not precompute) is kept in a map every
 *     thread reads without a lock, where CoreNLP keeps 5,000 of them in a least-recently-used cache behind one
 *     lock that parsing threads take 48 times per transition. A slice is rounded to float as CoreNLP's cache
 *     rounds it, so the value is the same whether it was cached or not.
 * </ul>
 */
final class ParserNetwork {
    /** Features per configuration (CoreNLP's {@code Config.numTokens}). */
    static final int FEATURES = 48;
    /** Slices kept per language before the map is emptied: 4 KB each with a 1,000-unit hidden layer. */
    private static final int MAX_SLICES = 10_000;

    /**
     * The first layer's weights of each feature position, hidden unit after hidden unit: CoreNLP's rows are read
     * 50 or 100 values at a time, each row 10 or 19 KB from the next, where a block is read straight through (a
     * copy of 10 MB for English, 19 MB for French).
     */
    private final float[][] w1ByPosition;
    private final float[] b1;
    /** The output layer's weights, by hidden unit then output unit, as doubles. */
    private final double[][] w2t;
    private final int outputs;
    private final float[][] embeddings;
    private final double[][] precomputed;
    private final PrecomputedIndex precomputedIndex;
    private final int hiddenSize;
    private final int embeddingSize;
    private final Map<Integer, float[]> slices = new ConcurrentHashMap<>();
    private final AtomicInteger sliceCount = new AtomicInteger();

    /**
     * @param precomputed the hidden-layer share of each precomputed (word, position) feature, as CoreNLP computed it
     * @param precomputedRow for a feature id ({@code token * 48 + position}), its row of {@code precomputed}
     */
    ParserNetwork(float[][] w1, float[] b1, float[][] w2, float[][] embeddings, double[][] precomputed,
                  Map<Integer, Integer> precomputedRow) {
        int embedding = embeddings[0].length;
        this.w1ByPosition = new float[FEATURES][b1.length * embedding];
        for (int j = 0; j < FEATURES; j++) {
            for (int i = 0; i < b1.length; i++) {
                System.arraycopy(w1[i], j * embedding, w1ByPosition[j], i * embedding, embedding);
            }
        }
        this.b1 = b1;
        this.outputs = w2.length;
        this.w2t = new double[b1.length][outputs];
        for (int u = 0; u < outputs; u++) {
            for (int i = 0; i < b1.length; i++) {
                w2t[i][u] = w2[u][i];
            }
        }
        this.embeddings = embeddings;
        this.precomputed = precomputed;
        this.precomputedIndex = new PrecomputedIndex(precomputedRow);
        this.hiddenSize = b1.length;
        this.embeddingSize = embeddings[0].length;
    }

    /** The hidden layer after its cube activation, for one configuration's 48 feature ids. */
    double[] hidden(int[] features) {
        return hidden(features, new double[hiddenSize]);
    }

    /** As {@link #hidden(int[])}, written into {@code hidden} (of the hidden layer's size), which is returned. */
    double[] hidden(int[] features, double[] hidden) {
        java.util.Arrays.fill(hidden, 0.0);
        for (int j = 0; j < FEATURES; j++) {
            int token = features[j];
            int id = token * FEATURES + j;
            int row = precomputedIndex.rowOf(id);
            if (row >= 0) {
                double[] share = precomputed[row];
                for (int i = 0; i < hiddenSize; i++) {
                    hidden[i] += share[i];
                }
            } else {
                float[] share = slice(id, token, j);
                for (int i = 0; i < hiddenSize; i++) {
                    hidden[i] += share[i];
                }
            }
        }
        for (int i = 0; i < hiddenSize; i++) {
            hidden[i] += b1[i];
            hidden[i] = hidden[i] * hidden[i] * hidden[i];
        }
        return hidden;
    }

    /**
     * The score of every output unit (transition): the dot product of the unit's weights with the hidden layer,
     * added from the first hidden unit to the last as CoreNLP adds it. The loops run hidden unit by hidden unit over
     * every output (the weights transposed and widened to double at load, which is exact), so that the additions of
     * one output never wait for each other and the processor can add several outputs at once.
     */
    void score(double[] hidden, double[] scores) {
        java.util.Arrays.fill(scores, 0, outputs, 0.0);
        for (int i = 0; i < hiddenSize; i++) {
            double h = hidden[i];
            double[] weights = w2t[i];
            for (int u = 0; u < outputs; u++) {
                scores[u] += h * weights[u];
            }
        }
    }

    /** Number of output units (transitions). */
    int hiddenSize() {
        return hiddenSize;
    }

    int outputs() {
        return outputs;
    }

    /** A word's share of the hidden layer at one position, rounded to float as CoreNLP's cache holds it. */
    private float[] slice(int id, int token, int position) {
        float[] known = slices.get(id);
        if (known != null) {
            return known;
        }
        float[] computed = computeSlice(embeddings[token], position);
        if (sliceCount.incrementAndGet() > MAX_SLICES) {
            // any slice may be dropped: it is computed again to the same value
            slices.clear();
            sliceCount.set(1);
        }
        slices.put(id, computed);
        return computed;
    }

    /** The slice of position {@code position}: its weights are one block, read from start to end. */
    private float[] computeSlice(float[] embedding, int position) {
        float[] block = w1ByPosition[position];
        float[] out = new float[hiddenSize];
        int i = 0;
        for (; i + 3 < hiddenSize; i += 4) {
            int p0 = i * embeddingSize;
            int p1 = p0 + embeddingSize;
            int p2 = p1 + embeddingSize;
            int p3 = p2 + embeddingSize;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int k = 0; k < embeddingSize; k++) {
                float e = embedding[k];
                s0 += block[p0 + k] * e; // a float product widened, as CoreNLP computes it
                s1 += block[p1 + k] * e;
                s2 += block[p2 + k] * e;
                s3 += block[p3 + k] * e;
            }
            out[i] = (float) s0;
            out[i + 1] = (float) s1;
            out[i + 2] = (float) s2;
            out[i + 3] = (float) s3;
        }
        for (; i < hiddenSize; i++) {
            double s = 0;
            for (int k = 0; k < embeddingSize; k++) {
                s += block[i * embeddingSize + k] * embedding[k];
            }
            out[i] = (float) s;
        }
        return out;
    }

    /** Feature id to row of the precomputed table, in open addressing over ints (no boxing on the hot path). */
    private static final class PrecomputedIndex {
        private final int[] keys;
        private final int[] rows;
        private final int mask;

        PrecomputedIndex(Map<Integer, Integer> rowOf) {
            int capacity = Integer.highestOneBit(Math.max(4, rowOf.size() * 2 - 1)) << 1;
            keys = new int[capacity];
            rows = new int[capacity];
            mask = capacity - 1;
            java.util.Arrays.fill(rows, -1);
            rowOf.forEach((id, row) -> {
                int slot = mix(id) & mask;
                while (rows[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = id;
                rows[slot] = row;
            });
        }

        int rowOf(int id) {
            int slot = mix(id) & mask;
            while (rows[slot] >= 0) {
                if (keys[slot] == id) {
                    return rows[slot];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        private static int mix(int id) {
            int h = id * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }
}
