package io.hubfleet.plan.diff;

import java.util.List;

/**
 * The diff as a pull-request comment: a summary table of the stacks that change, then each stack's
 * changes in a collapsed section. It starts with a marker, so a workflow can find and update its own
 * comment, and stays under GitHub's comment size limit.
 */
public final class MarkdownDiffRenderer {

    /** The first line of every comment, by which the workflow finds the one to update. */
    public static final String MARKER = "<!-- hubfleet-plan-diff -->";
    /** GitHub refuses comments longer than 65536 characters; keep room for the summary. */
    static final int MAX_DETAILS = 60_000;

    private MarkdownDiffRenderer() {
    }

    public static String render(PlanDiff diff) {
        StringBuilder out = new StringBuilder(MARKER).append('\n');
        out.append("### hubfleet: what this change does to each stack\n\n");
        if (!diff.hasChanges()) {
            out.append("No stack changes (").append(diff.stacks().size())
                    .append(diff.stacks().size() == 1 ? " stack" : " stacks").append(" planned offline).\n");
            return out.toString();
        }
        List<StackDiff> costs = diff.changedStacks().stream().filter(s -> s.cost() != null && s.cost().changed()).toList();
        if (!costs.isEmpty()) {
            // What a community asks first: what the change costs while nobody is logged in.
            out.append("| stack | idle cost a month, before | after | change |\n|---|---:|---:|---:|\n");
            for (StackDiff stack : costs) {
                CostChange cost = stack.cost();
                out.append("| `").append(stack.stack()).append("` | ").append(cost.money(cost.before()))
                        .append(unknown(cost.unknownBefore())).append(" | ").append(cost.money(cost.after()))
                        .append(unknown(cost.unknownAfter())).append(" | ")
                        .append(cost.delta() == null ? "–" : "**" + cost.signed(cost.delta()) + "**").append(" |\n");
            }
            out.append("\nList prices of components/prices/, priced offline from each plan (docs/cost.md); "
                    + "\"+ n unknown\": items with no price there.\n\n");
        }
        out.append("| stack | cloud | stage | | to add | to change | to remove |\n");
        out.append("|---|---|---|---|---:|---:|---:|\n");
        for (StackDiff stack : diff.changedStacks()) {
            out.append("| `").append(stack.stack()).append("` | ").append(orDash(stack.cloud())).append(" | ")
                    .append(orDash(stack.stage())).append(" | ").append(stack.status().word()).append(" | ")
                    .append(stack.count(ResourceChange.Action.ADD)).append(" | ")
                    .append(stack.count(ResourceChange.Action.UPDATE)).append(" | ")
                    .append(stack.count(ResourceChange.Action.REMOVE)).append(" |\n");
        }
        long warnings = diff.changedStacks().stream().mapToLong(StackDiff::warnings).sum();
        if (warnings > 0) {
            out.append("\n> [!WARNING]\n> ").append(warnings).append(warnings == 1 ? " change touches" : " changes touch")
                    .append(" kept data (lines marked `!` below): read these first. See docs/data-safety.md.\n>\n");
            // Every change that loses data, before anything else a reviewer reads.
            for (StackDiff stack : diff.changedStacks()) {
                for (ResourceChange resource : stack.resources()) {
                    for (String warning : resource.warnings()) {
                        out.append("> - ! `").append(stack.stack()).append("` ").append(resource.type()).append(' ')
                                .append(resource.name()).append(": ").append(warning.replace("\n", " ")).append('\n');
                    }
                }
            }
        }
        long unchanged = diff.stacks().size() - diff.changedStacks().size();
        out.append('\n').append(unchanged).append(unchanged == 1 ? " other stack does" : " other stacks do")
                .append(" not change.\n\n");
        StringBuilder details = new StringBuilder();
        for (StackDiff stack : diff.changedStacks()) {
            StringBuilder section = new StringBuilder();
            section.append("<details><summary><code>").append(stack.stack()).append("</code>: ")
                    .append(stack.summary()).append("</summary>\n\n```diff\n");
            StringBuilder lines = new StringBuilder();
            TextDiffRenderer.lines(stack, lines, "");
            section.append(lines.toString().replace("```", "ʼʼʼ")).append("```\n</details>\n\n");
            if (details.length() + section.length() > MAX_DETAILS) {
                details.append("Further details are cut to fit a comment: run `./hubfleet diff` locally or see the "
                        + "workflow's artifact.\n");
                break;
            }
            details.append(section);
        }
        out.append(details);
        out.append("Planned offline, without cloud credentials: values only the cloud knows read `<stand-in:…>`, "
                + "secrets `[secret]`.\n");
        return out.toString();
    }

    private static String unknown(int items) {
        return items == 0 ? "" : " + " + items + " unknown";
    }

    private static String orDash(String text) {
        return text == null ? "–" : text;
    }
}
