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
     * The candidate closest to {@code given}, if it is close enough to be a plausible typo: at most a
     * third of the word's length in edits (at least 1, at most 3), ignoring case; a case-only
     * difference always qualifies.
     */
    public static Optional<String> closest(String given, Collection<String> candidates) {
        String needle = given.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .map(c -> new Scored(c, DISTANCE.apply(needle, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance <= Math.max(1, Math.min(3, s.candidate.length() / 3)))
                .min(Comparator.comparingInt((Scored s) -> s.distance).thenComparing(s -> s.candidate))
                .map(s -> s.candidate);
    }

    /** {@code Did you mean "spot"?}, or null when nothing is close. */
    public static String didYouMean(String given, Collection<String> candidates) {
        return closest(given, candidates).map(c -> "Did you mean \"" + c + "\"?").orElse(null);
    }

    private record Scored(String candidate, int distance) {
    }
}
