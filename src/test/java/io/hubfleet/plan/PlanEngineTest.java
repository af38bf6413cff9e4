package io.hubfleet.plan;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.gcp.storage.Bucket;
import com.pulumi.gcp.storage.BucketArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ResourceTransformation;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.internal.PulumiTestInternal;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The offline engine records what a program registers, as the Pulumi engine would receive it. */
class PlanEngineTest {

    private static Plan plan(Consumer<Context> program) {
        return PlanEngine.run("p", "s", Map.of(), Set.of(), program);
    }

    @Test
    void recordsResourceOptionsFromTheRegistration() {
        Plan plan = plan(ctx -> new Bucket("data", BucketArgs.builder().location("EU").build(),
                CustomResourceOptions.builder().protect(true).retainOnDelete(true)
                        .ignoreChanges(List.of("labels")).deleteBeforeReplace(true).build()));

        PlanResource bucket = plan.get("gcp:storage/bucket:Bucket", "data");
        assertThat(bucket.protect()).isTrue();
        assertThat(bucket.retainOnDelete()).isTrue();
        assertThat(bucket.deleteBeforeReplace()).isTrue();
        assertThat(bucket.ignoreChanges()).containsExactly("labels");
        assertThat(bucket.input("/location").asText()).isEqualTo("EU");
        assertThat(bucket.parent()).isEqualTo(plan.ofType("pulumi:pulumi:Stack").get(0).urn());
    }

    @Test
    void protectIsVisibleToStackLevelTransformations() {
        List<Optional<Boolean>> seen = new ArrayList<>();
        ResourceTransformation watch = args -> {
            seen.add(args.options().getProtect());
            return Optional.empty();
        };
        try {
            var result = PulumiTestInternal.builder()
                    .options(TestOptions.builder().resourceTransformations(List.of(watch)).build())
                    .mocks(args -> CompletableFuture.completedFuture(
                            Mocks.ResourceResult.of(Optional.of(args.name + "-id"), args.inputs)))
                    .build()
                    .runTest(ctx -> new Bucket("data", BucketArgs.builder().location("EU").build(),
                            CustomResourceOptions.builder().protect(true).build()));
            assertThat(result.exitCode()).as(result.exceptions().toString()).isZero();
        } finally {
            PulumiTest.cleanup();
        }
        assertThat(seen).contains(Optional.of(true));
    }

    @Test
    void secretInputsAndOutputsPrintMasked() {
        Plan plan = plan(ctx -> {
            Bucket bucket = new Bucket("data", BucketArgs.builder()
                    .location("EU")
                    .labels(Output.ofSecret(Map.of("owner", "hunter2")))
                    .build());
            ctx.export("labels", bucket.labels());
            ctx.export("plain", Output.of("visible"));
        });

        assertThat(plan.get("gcp:storage/bucket:Bucket", "data").input("/labels").asText()).isEqualTo("[secret]");
        assertThat(plan.outputs().path("labels").asText()).as("secret inputs come back secret").isEqualTo("[secret]");
        assertThat(plan.outputs().path("plain").asText()).isEqualTo("visible");
        assertThat(JsonPlanRenderer.render(plan)).doesNotContain("hunter2");
    }

    @Test
    void outputsOnlyTheCloudKnowsGetVisibleStandIns() {
        Plan plan = plan(ctx -> {
            Bucket bucket = new Bucket("data", BucketArgs.builder().location("EU").build());
            ctx.export("url", bucket.url());
            ctx.export("id", bucket.id());
        });

        PlanResource bucket = plan.get("gcp:storage/bucket:Bucket", "data");
        assertThat(bucket.standIns()).contains("url", "selfLink").doesNotContain("location", "id", "urn");
        assertThat(plan.outputs().path("url").asText()).isEqualTo("<stand-in:data.url>");
        assertThat(plan.outputs().path("id").asText()).isEqualTo("<stand-in:data.id>");
    }

    @Test
    void aFailingProgramFailsThePlanWithItsMessage() {
        assertThatThrownBy(() -> plan(ctx -> {
            throw new IllegalStateException("no such thing");
        })).isInstanceOfSatisfying(PlanFailedException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(m -> assertThat(m).contains("no such thing")));
    }

    @Test
    void runsOneAfterAnotherInOneJvm() {
        for (int i = 0; i < 3; i++) {
            int n = i;
            Plan plan = plan(ctx -> new Bucket("b" + n, BucketArgs.builder().location("EU").build()));
            assertThat(plan.ofType("gcp:storage/bucket:Bucket")).singleElement()
                    .satisfies(r -> assertThat(r.name()).isEqualTo("b" + n));
        }
    }
}
