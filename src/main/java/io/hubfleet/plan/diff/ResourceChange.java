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
 * @param movedFrom the old plan's URN of a resource that moved (under another parent, kept by an alias), or null
 */
public record ResourceChange(String urn, String type, String name, Action action, List<InputChange> changes,
                             List<String> warnings, String movedFrom) {

    public ResourceChange {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }

    /** A change of a resource that stays where it was. */
    public ResourceChange(String urn, String type, String name, Action action, List<InputChange> changes,
                          List<String> warnings) {
        this(urn, type, name, action, changes, warnings, null);
    }

    /**
     * What happens to a resource. MOVE: only its URN changes (a new parent; an alias to its old URN keeps
     * the deployed resource, so Pulumi neither replaces nor touches it).
     */
    public enum Action {
        ADD("+"), UPDATE("~"), REMOVE("-"), MOVE(">");

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
