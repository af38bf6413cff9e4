package io.hubfleet.config.hub;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A class, workshop or exam: a window when many users arrive at once. Ahead of it, placeholder pods
 * hold room for them (nodes are up when they log in); at its end the placeholders go. In-cluster
 * CronJobs do both, so plans never depend on the clock.
 *
 * @param name          DNS label, unique among the hub's events
 * @param start         ISO-8601 date and time with its offset, such as 2027-03-15T09:00:00-05:00
 * @param end           likewise, after the start
 * @param expectedUsers how many users the room is for
 * @param profile       the profile they will choose (a declared profile's name, or a user pool's name for
 *                      generated profiles: the placeholders take its smallest choice)
 * @param leadMinutes   how long before the start the room is made; default 60
 */
public record EventConfig(String name, String start, String end, Integer expectedUsers, String profile,
                          Integer leadMinutes) {

    public EventConfig {
        leadMinutes = leadMinutes == null ? 60 : leadMinutes;
    }

    public Optional<OffsetDateTime> startTime() {
        return parse(start);
    }

    public Optional<OffsetDateTime> endTime() {
        return parse(end);
    }

    /** When the placeholders go up: the lead time before the start. */
    public Optional<OffsetDateTime> upTime() {
        return startTime().map(t -> t.minus(Duration.ofMinutes(leadMinutes)));
    }

    static Optional<OffsetDateTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
