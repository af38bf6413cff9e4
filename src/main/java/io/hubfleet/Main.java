package io.hubfleet;

import io.hubfleet.config.InvalidStackConfigException;
import io.hubfleet.config.PulumiEnvironment;
import io.hubfleet.config.HubStackConfig;
import io.hubfleet.config.StackConfig;
import io.hubfleet.config.StackDefinition;
import io.hubfleet.config.StackConfigReader;
import io.hubfleet.program.EstateProgram;
import io.hubfleet.program.HubStackProgram;
import io.hubfleet.program.PrebuiltProgram;
import io.hubfleet.runtime.EngineRun;
import io.hubfleet.runtime.TunedJvm;

import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * The Pulumi program: what {@code pulumi up} and {@code pulumi preview} run. The stack config is read
 * and checked before the Pulumi runtime starts, so a bad stack file registers nothing; before that, a
 * prebuilt jar older than its sources refuses to run ({@link PrebuiltProgram}). It runs under
 * {@link EngineRun}: the SDK's start-up with a task runner whose cost does not grow with the square of
 * the resources. Pulumi starts it with the JVM's default flags ({@code java -jar}), so it first starts
 * itself again with {@code ./hubfleet}'s flags and class-data archive ({@link TunedJvm}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        OptionalInt tuned = TunedJvm.restart(Main.class, args);
        if (tuned.isPresent()) {
            System.exit(tuned.getAsInt());
            return;
        }
        TunedJvm.exitWithParent();
        // The schema and the binder's set-up, on the second core while this one checks the jar and reads the environment.
        StackConfigReader.prepareInBackground();
        var stale = PrebuiltProgram.staleness(Path.of("").toAbsolutePath());
        if (stale.isPresent()) {
            System.err.println("error: " + stale.get());
            System.exit(2);
            return;
        }
        StackDefinition definition;
        io.hubfleet.config.RawStackConfig raw;
        try {
            raw = PulumiEnvironment.read(System.getenv());
            definition = StackConfigReader.readAny(raw);
        } catch (InvalidStackConfigException e) {
            System.err.println("error: " + e.report());
            System.exit(2);
            return;
        }
        // The security invariants hold before anything is deployed (docs/security.md): not CI's word alone.
        // A preview deploys nothing, and the check is a whole offline plan (half a preview's time), so only
        // an update runs it; pulumi up's update still stops before the runtime starts.
        boolean preview = Boolean.parseBoolean(System.getenv("PULUMI_DRY_RUN"));
        var violations = preview ? java.util.Optional.<String>empty() : io.hubfleet.check.DeployCheck.violations(raw,
                Path.of("stacks"), definition instanceof HubStackConfig,
                definition instanceof HubStackConfig hub ? hub.clusterStack() : "");
        if (violations.isPresent()) {
            System.err.println("error: " + violations.get());
            System.exit(3);
            return;
        }
        if (definition instanceof HubStackConfig hubs) {
            EngineRun.run(ctx -> HubStackProgram.define(ctx, hubs));
        } else {
            StackConfig estate = (StackConfig) definition;
            EngineRun.run(ctx -> EstateProgram.define(ctx, estate));
        }
    }
}
