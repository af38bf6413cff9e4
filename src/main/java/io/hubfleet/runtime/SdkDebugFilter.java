package io.hubfleet.runtime;

import com.pulumi.deployment.internal.EngineLogger;
import com.pulumi.resources.Resource;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;

/**
 * The engine logger of a real run, without the SDK's own debug messages. The SDK (pulumi 1.36.1) sends one
 * or more debug messages per resource to the engine, each a gRPC call that waits for the one before
 * ({@code DeploymentImpl$DefaultEngineLogger.logImplAsync} chains them): thousands of round trips, one after
 * another, in a large stack's preview, which the Pulumi CLI shows only with {@code --debug}
 * (docs/performance.md, "Upstream report"). They are dropped here, where the program hands them over,
 * unless {@value #OPT_IN} is {@code true}; hubfleet's own debug messages (starting {@value #OWN}),
 * information, warnings and errors always go through.
 */
final class SdkDebugFilter implements EngineLogger {

    /** The environment variable that keeps the SDK's debug messages (for debugging the SDK itself). */
    static final String OPT_IN = "HUBFLEET_SDK_DEBUG";
    static final String OWN = "hubfleet:";

    private final EngineLogger engine;

    private SdkDebugFilter(EngineLogger engine) {
        this.engine = engine;
    }

    /** The logger a run uses: the engine's own when the environment asks for the SDK's debug messages. */
    static EngineLogger around(EngineLogger engine, Map<String, String> environment) {
        return "true".equalsIgnoreCase(environment.getOrDefault(OPT_IN, "")) ? engine : new SdkDebugFilter(engine);
    }

    @Override
    public CompletableFuture<Void> logAsync(Level level, String message, Resource resource, Integer streamId,
                                            Boolean ephemeral) {
        // Debug arrives as FINEST (the SDK's logger) or FINE (EngineLogger's default methods, through which
        // debugAsync, infoAsync, ... of this class reach here). The SDK's logger maps FINEST, INFO, WARNING and
        // SEVERE only and refuses FINE, so what passes goes on as its own debugAsync.
        if (level.intValue() > Level.FINE.intValue()) {
            return engine.logAsync(level, message, resource, streamId, ephemeral);
        }
        if (message == null || !message.startsWith(OWN)) {
            return CompletableFuture.completedFuture(null);
        }
        return engine.debugAsync(message, resource, streamId, ephemeral);
    }

    @Override
    public int getErrorCount() {
        return engine.getErrorCount();
    }

    @Override
    public boolean hasLoggedErrors() {
        return engine.hasLoggedErrors();
    }
}
