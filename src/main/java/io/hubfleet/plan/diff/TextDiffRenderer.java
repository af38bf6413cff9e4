package io.hubfleet.plan.diff;

/** The diff for people at a terminal. */
public final class TextDiffRenderer {

    private TextDiffRenderer() {
    }

    public static String render(PlanDiff diff) {
        StringBuilder out = new StringBuilder();
        for (StackDiff stack : diff.stacks()) {
            out.append("Stack ").append(stack.stack()).append(describe(stack)).append(": ");
            switch (stack.status()) {
                case UNCHANGED -> out.append("no changes\n");
                case ADDED -> out.append("new stack, ").append(stack.summary()).append('\n');
                case REMOVED -> out.append("stack removed, ").append(stack.summary()).append('\n');
                case CHANGED -> out.append(stack.summary()).append('\n');
            }
            if (stack.cost() != null && stack.cost().changed()) {
                out.append("  idle cost: ").append(stack.cost().describe()).append('\n');
            }
            if (stack.status() == StackDiff.Status.CHANGED) {
                lines(stack, out, "  ");
            }
        }
        long changed = diff.changedStacks().size();
        out.append(changed == 0 ? "No stack changes.\n"
                : changed + " of " + diff.stacks().size() + " stacks change: "
                + String.join(", ", diff.changedStacks().stream().map(StackDiff::stack).toList()) + ".\n");
        return out.toString();
    }

    /** The resource and output lines of a changed stack, each starting with {@code indent}. */
    static void lines(StackDiff stack, StringBuilder out, String indent) {
        for (ResourceChange resource : stack.resources()) {
            out.append(indent).append(resource.action().symbol()).append(' ').append(resource.type())
                    .append("  ").append(resource.name()).append('\n');
            if (resource.movedFrom() != null) {
                // The old parent's type: the JSON diff has the whole old URN.
                String[] chain = resource.movedFrom().split("::")[2].split("\\$");
                out.append(indent).append("    moved: was under ")
                        .append(chain.length > 1 ? chain[chain.length - 2] : "no parent").append('\n');
            }
            for (InputChange change : resource.changes()) {
                out.append(indent).append("    ").append(change.path()).append(": ")
                        .append(DiffValues.arrow(change)).append('\n');
            }
            for (String warning : resource.warnings()) {
                out.append(indent).append("    ! ").append(warning).append('\n');
            }
        }
        if (!stack.outputChanges().isEmpty()) {
            out.append(indent).append("~ outputs\n");
            for (InputChange change : stack.outputChanges()) {
                out.append(indent).append("    ").append(change.path()).append(": ")
                        .append(DiffValues.arrow(change)).append('\n');
            }
        }
    }

    static String describe(StackDiff stack) {
        if (stack.cloud() == null && stack.stage() == null) {
            return "";
        }
        return " (" + (stack.cloud() == null ? "?" : stack.cloud()) + ", " + (stack.stage() == null ? "?" : stack.stage()) + ")";
    }
}
