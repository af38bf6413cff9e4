package io.hubfleet.cli;

import io.hubfleet.config.portable.Cloud;
import io.hubfleet.smoke.SmokeFailure;
import io.hubfleet.smoke.SmokeOptions;
import io.hubfleet.smoke.SmokeTest;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

/**
 * {@code hubfleet smoke --hub-url URL --hub-name NAME --cloud CLOUD [--dask]}: the smoke test the deploy
 * workflow runs on each hub it changed (docs/smoke-test.md).
 */
@Command(name = "smoke",
        mixinStandardHelpOptions = true,
        description = {"Smoke-test a deployed hub with its hubfleet-smoke service's token: start a server for a test "
                + "user, write a file in its home and an object in its scratch bucket, start and stop a Dask cluster "
                + "(with --dask), then stop the server and delete the user. The token is read from an environment "
                + "variable and never printed (docs/smoke-test.md).",
                "Exit status: 0 passed, 1 failed (the message names the hub and the step), 2 bad arguments or no token."})
final class SmokeCommand implements Callable<Integer> {

    /** Where the token is read from: the process environment; tests give their own. */
    static UnaryOperator<String> environment = System::getenv;

    @Spec
    private CommandSpec spec;

    @Option(names = "--hub-url", required = true, paramLabel = "URL", description = "The hub's public URL, https://...")
    private String hubUrl;

    @Option(names = "--hub-name", required = true, paramLabel = "NAME", description = "The hub's name, for the messages.")
    private String hubName;

    @Option(names = "--cloud", required = true, paramLabel = "CLOUD", converter = CloudConverter.class,
            description = "gcp, aws or azure: how the scratch bucket is reached.")
    private Cloud cloud;

    @Option(names = "--dask", description = "Also start a Dask cluster with one worker through Dask Gateway, and shut it down.")
    private boolean dask;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = SmokeTest.DEFAULT_USER,
            description = "The test user, created and deleted again (default: ${DEFAULT-VALUE}); the token's scopes are "
                    + "filtered to it.")
    private String user;

    @Option(names = "--token-env", paramLabel = "VARIABLE", defaultValue = "HUBFLEET_SMOKE_TOKEN",
            description = "The environment variable holding the hubfleet-smoke service's API token (default: ${DEFAULT-VALUE}).")
    private String tokenEnv;

    @Option(names = "--timeout-seconds", paramLabel = "SECONDS", defaultValue = "600",
            description = "How long each wait may take: the server's start, each cell, the server's stop (default: ${DEFAULT-VALUE}).")
    private long timeoutSeconds;

    @Option(names = "--poll-millis", paramLabel = "MS", defaultValue = "3000",
            description = "How often the hub is asked whether the server is ready or stopped (default: ${DEFAULT-VALUE}).")
    private long pollMillis;

    @Override
    public Integer call() {
        SmokeOptions options;
        try {
            options = new SmokeOptions(URI.create(hubUrl), hubName, cloud, dask, user, Duration.ofSeconds(timeoutSeconds),
                    Duration.ofMillis(pollMillis));
        } catch (IllegalArgumentException e) {
            throw new BadArgumentException(e.getMessage());
        }
        String token = environment.apply(tokenEnv);
        if (token == null || token.isBlank()) {
            throw new BadArgumentException("the environment variable " + tokenEnv + " is empty or not set: it must hold the "
                    + "API token of the hub's hubfleet-smoke service (docs/smoke-test.md)");
        }
        try {
            new SmokeTest(options, token.strip(), spec.commandLine().getOut(), spec.commandLine().getErr()).run();
            return HubfleetCli.OK;
        } catch (SmokeFailure failure) {
            spec.commandLine().getErr().println("error: " + failure.getMessage());
            return HubfleetCli.FAILED;
        }
    }

    /** A cloud by its config name, any case. */
    static final class CloudConverter implements ITypeConverter<Cloud> {
        @Override
        public Cloud convert(String value) {
            String name = value.toLowerCase(Locale.ROOT);
            return Arrays.stream(Cloud.values()).filter(c -> c.configName().equals(name)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("unknown cloud " + value + ": gcp, aws or azure"));
        }
    }
}
