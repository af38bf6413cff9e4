package io.hubfleet.runtime;

import com.pulumi.Config;
import com.pulumi.Context;
import com.pulumi.context.internal.ConfigContextInternal;
import com.pulumi.context.internal.ContextInternal;
import com.pulumi.context.internal.LoggingContextInternal;
import com.pulumi.context.internal.OutputContextInternal;
import com.pulumi.core.internal.OutputFactory;
import com.pulumi.deployment.internal.DeploymentImpl;
import com.pulumi.deployment.internal.DeploymentInstanceHolder;
import com.pulumi.deployment.internal.DeploymentInstanceInternal;
import com.pulumi.internal.PulumiInternal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Runs a program under the Pulumi engine, as {@code Pulumi.run} does, but with {@link CompletionRunner}
 * in place of the SDK's polling runner, whose cost grows with the square of the resources (95 hubs:
 * 26 s offline before the runner was replaced). Everything else is the SDK's own start-up
 * ({@code PulumiInternal.fromEnvironment} at pulumi 1.36.1): the deployment from the environment the
 * Pulumi CLI sets (PULUMI_MONITOR, PULUMI_ENGINE, PULUMI_PROJECT, PULUMI_STACK, PULUMI_DRY_RUN,
 * PULUMI_CONFIG, ...), the deployment instance, and a context over them.
 */
public final class EngineRun {

    private EngineRun() {
    }

    /** Runs the program and exits with its exit code, as {@code Pulumi.run} does. */
    public static void run(Consumer<Context> program) {
        System.exit(runAsync(program).join());
    }

    /** Runs the program; completes with the exit code for the process. */
    public static CompletableFuture<Integer> runAsync(Consumer<Context> program) {
        DeploymentImpl.DeploymentState state = DeploymentImpl.DeploymentState.fromEnvironment();
        // The engine logger finds its runner through the state, so its log tasks are waited for too.
        CompletionRunner runner = new CompletionRunner(state.logger);
        state.runner = runner;
        // How the JVM was started (TunedJvm), for pulumi's --debug output; a task the runner waits for.
        TunedJvm.description().ifPresent(state.logger::debugAsync);
        // The SDK's own debug messages stay in the program (SdkDebugFilter): the deployment logs through this.
        state.logger = SdkDebugFilter.around(state.logger, System.getenv());
        DeploymentImpl deployment = new DeploymentImpl(state);
        var instance = new DeploymentInstanceInternal(deployment);
        DeploymentInstanceHolder.setInstance(instance);
        ContextInternal context = new ContextInternal(
                deployment.getOrganizationName(), deployment.getProjectName(), deployment.getStackName(),
                new LoggingContextInternal(deployment.getLog()),
                new ConfigContextInternal(deployment.getProjectName(), name -> new Config(instance.getConfig(), name)),
                new OutputContextInternal(new OutputFactory(runner)),
                List.of());
        return new PulumiInternal(runner, context).runAsync(program);
    }
}
