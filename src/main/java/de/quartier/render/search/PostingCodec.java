package de.quartier.render.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The compact form of a word's postings that {@code assets/search.js} decodes: per document the
 * gap to the previous one and the weight's rank, as base-32 digits in URL-safe characters (a digit
 * with more to follow is in the upper half of the alphabet).
 */
final class PostingCodec {
    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private PostingCodec() {
    }

    /** Postings ({@code doc << 5 | weight}, ascending) in the script's form. */
    static String encode(int[] postings, int[] weights) {
        StringBuilder sb = new StringBuilder();
        int previous = -1;
        int[] digits = new int[16];
        for (int p : postings) {
            int doc = p >>> 5;
            int weight = Arrays.binarySearch(weights, p & SearchIndex.MAX_WEIGHT);
            long v = (long) (doc - previous - 1) * weights.length + weight;
            previous = doc;
            int n = 0;
            do {
                digits[n++] = (int) (v & 31);
                v >>>= 5;
            } while (v > 0);
            for (int i = n - 1; i >= 0; i--) sb.append(DIGITS.charAt(digits[i] + (i > 0 ? 32 : 0)));
        }
        return sb.toString();
    }

    /** Postings in the script's form, back as pairs of document and weight. */
    static int[] decode(String s, int[] weights) {
        List<Integer> out = new ArrayList<>();
        long v = 0;
        int previous = -1;
        for (int i = 0; i < s.length(); i++) {
            int d = DIGITS.indexOf(s.charAt(i));
            if (d < 0) throw new IllegalArgumentException("not a posting digit: " + s.charAt(i));
            v = v * 32 + (d & 31);
            if (d < 32) {
                int doc = previous + 1 + (int) (v / weights.length);
                out.add(doc);
                out.add(weights[(int) (v % weights.length)]);
                previous = doc;
                v = 0;
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
