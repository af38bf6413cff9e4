package io.hubfleet.restore;

import java.util.List;
import java.util.Map;

/**
 * A restore as the operator reads it: what and from where, the promise that the live storage is not
 * touched, then each step as a comment line and its commands, flush left so they paste as they are
 * (here-documents end at the margin).
 */
public final class RestoreText {

    private RestoreText() {
    }

    public static String header(RestoreRequest request) {
        HubHome home = request.home();
        StringBuilder out = new StringBuilder();
        out.append("Restore ").append(request.what()).append(" of hub ").append(home.hub());
        if (!home.instance().equals(home.hub())) {
            out.append(" (").append(home.instance()).append(" on the cluster)");
        }
        out.append(", stack ").append(home.stack()).append(", from ").append(request.from()).append(".\n");
        home.backups().describe().forEach(line -> out.append("  ").append(line).append('\n'));
        out.append("  the hub's directory: ").append(home.livePath()).append(" on the NFS server of its volume ")
                .append(home.volumeName()).append('\n');
        out.append("Nothing here overwrites or deletes the live storage: the backup becomes a temporary copy, mounted "
                + "read-only; the copy into the live home deletes nothing and keeps each file it replaces as "
                + "<name>.before-restore-").append(request.label()).append("-<time of the copy>.\n");
        out.append("--run runs the [check] and [prepare] steps (they read, or make the temporary copy and pod, and "
                + "find what exists already); [copy] and [cleanup] are yours to run (docs/restore.md).\n");
        return out.toString();
    }

    /** Steps from {@code first} on, numbered as in the whole restore. */
    public static String steps(List<Step> steps, int first) {
        StringBuilder out = new StringBuilder();
        for (int i = first; i < steps.size(); i++) {
            Step step = steps.get(i);
            out.append('\n').append("# ").append(i + 1).append(". [").append(step.kind().label()).append("] ")
                    .append(step.title()).append('\n');
            step.notes().forEach(note -> out.append("#    ").append(note).append('\n'));
            step.commands().forEach(command -> out.append(ShellText.render(command)).append('\n'));
        }
        return out.toString();
    }

    /** The values a run found, as assignments the operator pastes before the remaining steps. */
    public static String values(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        values.forEach((name, value) -> out.append(name).append('=').append(ShellText.quote(value)).append('\n'));
        return out.toString();
    }
}
