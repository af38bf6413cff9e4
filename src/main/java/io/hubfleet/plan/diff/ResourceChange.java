package io.hubfleet.plan.diff;

import java.util.List;

/**
 * A resource that a change adds, removes or updates.
 *
 * @param urn     its URN
 * @param type    its type token
 * @param name    its logical name
 * @param action  what happens to it
 * @param changes  for an update, the changed inputs and options, in path order; empty otherwise
 * @param warnings what it means for kept data (a protected resource removed or replaced); usually empty
 */
public record ResourceChange(String urn, String type, String name, Action action, List<InputChange> changes,
                             List<String> warnings) {

    public ResourceChange {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }

    /** What happens to a resource. */
    public enum Action {
        ADD("+"), UPDATE("~"), REMOVE("-");

        private final String symbol;

        Action(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
