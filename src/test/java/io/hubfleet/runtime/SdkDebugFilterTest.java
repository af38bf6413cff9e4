package io.hubfleet.runtime;

import com.pulumi.deployment.internal.EngineLogger;
import com.pulumi.resources.Resource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

class SdkDebugFilterTest {

    /**
     * An engine logger that records what reaches it, as the SDK's own does (pulumi 1.36.1,
     * DeploymentImpl$DefaultEngineLogger): debug as FINEST, and any level but FINEST, INFO, WARNING and SEVERE
     * refused (its toLogSeverity throws).
     */
    static final class Recording implements EngineLogger {
        final List<String> received = new ArrayList<>();
        int errors;

        @Override
        public CompletableFuture<Void> debugAsync(String message, Resource resource, Integer streamId, Boolean ephemeral) {
            return logAsync(Level.FINEST, message, resource, streamId, ephemeral);
        }

        @Override
        public CompletableFuture<Void> logAsync(Level level, String message, Resource resource, Integer streamId,
                                                Boolean ephemeral) {
            if (!List.of(Level.FINEST, Level.INFO, Level.WARNING, Level.SEVERE).contains(level)) {
                throw new IllegalArgumentException("Unexpected log level: " + level.getName());
            }
            received.add(level.getName() + " " + message);
            errors += level == Level.SEVERE ? 1 : 0;
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public int getErrorCount() {
            return errors;
        }

        @Override
        public boolean hasLoggedErrors() {
            return errors > 0;
        }
    }

    static void sendAll(EngineLogger logger) {
        // As the SDK sends them: its logger's debug (FINEST) and the interface's defaults (FINE).
        logger.debugAsync("Registering resource: t=kubernetes:core/v1:Namespace, name=x").join();
        logger.logAsync(Level.FINE, "RegisterResource response: ...", null, null, null).join();
        logger.debugAsync("hubfleet: waited for 12 tasks by their completion").join();
        logger.logAsync(Level.FINE, "hubfleet: started in a JVM with ...", null, null, null).join();
        logger.infoAsync("an information").join();
        logger.warnAsync("a warning").join();
        logger.errorAsync("an error").join();
    }

    @Test
    void theSdksDebugMessagesStayInTheProgramAndEverythingElseReachesTheEngine() {
        Recording engine = new Recording();
        EngineLogger filtered = SdkDebugFilter.around(engine, Map.of());
        sendAll(filtered);
        assertThat(engine.received).containsExactly("FINEST hubfleet: waited for 12 tasks by their completion",
                "FINEST hubfleet: started in a JVM with ...", "INFO an information", "WARNING a warning", "SEVERE an error");
        assertThat(filtered.hasLoggedErrors()).isTrue();
        assertThat(filtered.getErrorCount()).isEqualTo(1);
    }

    @Test
    void theEnvironmentCanKeepThem() {
        Recording engine = new Recording();
        assertThat(SdkDebugFilter.around(engine, Map.of(SdkDebugFilter.OPT_IN, "true"))).isSameAs(engine);
        assertThat(SdkDebugFilter.around(engine, Map.of(SdkDebugFilter.OPT_IN, "false"))).isNotSameAs(engine);
    }
}
