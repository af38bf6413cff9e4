package io.hubfleet;

import com.pulumi.Pulumi;
import io.hubfleet.config.InvalidStackConfigException;
import io.hubfleet.config.PulumiEnvironment;
import io.hubfleet.config.HubStackConfig;
import io.hubfleet.config.StackConfig;
import io.hubfleet.config.StackDefinition;
import io.hubfleet.config.StackConfigReader;
import io.hubfleet.program.EstateProgram;
import io.hubfleet.program.HubStackProgram;

/**
 * The Pulumi program: what {@code pulumi up} and {@code pulumi preview} run. The stack config is read
 * and checked before the Pulumi runtime starts, so a bad stack file registers nothing.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StackDefinition definition;
        try {
            definition = StackConfigReader.readAny(PulumiEnvironment.read(System.getenv()));
        } catch (InvalidStackConfigException e) {
            System.err.println("error: " + e.report());
            System.exit(2);
            return;
        }
        if (definition instanceof HubStackConfig hubs) {
            Pulumi.run(ctx -> HubStackProgram.define(ctx, hubs));
        } else {
            StackConfig estate = (StackConfig) definition;
            Pulumi.run(ctx -> EstateProgram.define(ctx, estate));
        }
    }
}
