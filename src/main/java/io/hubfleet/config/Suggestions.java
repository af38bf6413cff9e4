package io.hubfleet.config;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Did-you-mean suggestions for misspelt keys and values. */
public final class Suggestions {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {
    }

    /**
     * The candidate closest to {@code given}, if it is close enough to be a plausible typo, ignoring
     * case: one edit for words of up to two letters, otherwise two edits (a swapped pair of letters
     * counts two) or a third of the word's length, at most three.
     */
    public static Optional<String> closest(String given, Collection<String> candidates) {
        String needle = given.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .map(c -> new Scored(c, DISTANCE.apply(needle, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance <= threshold(s.candidate))
                .min(Comparator.comparingInt((Scored s) -> s.distance).thenComparing(s -> s.candidate))
                .map(s -> s.candidate);
    }

    /** {@code Did you mean "spot"?}, or null when nothing is close. */
    public static String didYouMean(String given, Collection<String> candidates) {
        return closest(given, candidates).map(c -> "Did you mean \"" + c + "\"?").orElse(null);
    }

    private static int threshold(String candidate) {
        return candidate.length() <= 2 ? 1 : Math.max(2, Math.min(3, candidate.length() / 3));
    }

    private record Scored(String candidate, int distance) {
    }
}
