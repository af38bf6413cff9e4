package io.hubfleet.plan;

import com.pulumi.test.Mocks;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Answers for the calls the offline engine does not record itself: reads of existing resources and
 * provider functions (invokes). Invokes return curated stand-ins where hubfleet reads their results.
 */
final class PlanMocks implements Mocks {

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        // Only reads of existing resources get here; registrations are answered by RecordingMonitor.
        Map<String, Object> state = args.inputs == null ? Map.of() : args.inputs;
        return CompletableFuture.completedFuture(ResourceResult.of(
                java.util.Optional.of(args.id == null || args.id.isEmpty() ? StandIns.of(args.name, "id") : args.id),
                state));
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        return CompletableFuture.completedFuture(InvokeStandIns.answer(args.token, args.args));
    }
}
