package io.hubfleet;

import com.pulumi.Pulumi;
import io.hubfleet.config.InvalidStackConfigException;
import io.hubfleet.config.PulumiEnvironment;
import io.hubfleet.config.StackConfig;
import io.hubfleet.config.StackConfigReader;
import io.hubfleet.program.EstateProgram;

/**
 * The Pulumi program: what {@code pulumi up} and {@code pulumi preview} run. The stack config is read
 * and checked before the Pulumi runtime starts, so a bad stack file registers nothing.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StackConfig config;
        try {
            config = StackConfigReader.read(PulumiEnvironment.read(System.getenv()));
        } catch (InvalidStackConfigException e) {
            System.err.println("error: " + e.report());
            System.exit(2);
            return;
        }
        Pulumi.run(ctx -> EstateProgram.define(ctx, config));
    }
}
