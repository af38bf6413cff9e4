package io.hubfleet.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hubfleet.config.RawStackConfig;
import io.hubfleet.config.StackConfig;
import io.hubfleet.config.StackConfigReader;
import io.hubfleet.config.StackFile;
import io.hubfleet.program.EstateProgram;

import java.nio.file.Path;

/**
 * The offline plan of a stack file: read and check it (refusing bad input before anything is
 * registered), then run the real program under the offline engine. No credentials, no Pulumi CLI.
 */
public final class OfflinePlanner {

    public static final String PROJECT = "hubfleet";

    private static final ObjectMapper JSON = new ObjectMapper();

    private OfflinePlanner() {
    }

    public static Plan plan(Path stackFile) {
        return plan(StackFile.read(stackFile));
    }

    public static Plan plan(RawStackConfig raw) {
        StackConfig config = StackConfigReader.read(raw);
        return PlanEngine.run(PROJECT, raw.stack(), raw.asPulumiConfig(JSON), raw.secretKeys(),
                ctx -> EstateProgram.define(ctx, config)).about(config.cloud().configName(), config.stage().configName());
    }
}
