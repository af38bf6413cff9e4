package io.hubfleet.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hubfleet.plan.diff.MarkdownDiffRenderer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GitHub workflows do what docs/workflows.md says: pull requests (forks too) are tested and get one
 * comment with the offline diff of every changed stack; same-repository pull requests get a real
 * preview of exactly those stacks; pushes to main deploy the changed stacks, staging first, never two
 * deploys of one stack at once.
 */
class WorkflowsTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Path WORKFLOWS = Path.of(".github", "workflows");

    private static JsonNode workflow(String file) throws Exception {
        return YAML.readTree(Files.readString(WORKFLOWS.resolve(file)));
    }

    /** The trigger map; YAML 1.1 readers may read the key {@code on} as the boolean true. */
    private static JsonNode on(JsonNode workflow) {
        return workflow.has("on") ? workflow.get("on") : workflow.get("true");
    }

    private static List<JsonNode> steps(JsonNode job) {
        List<JsonNode> steps = new ArrayList<>();
        job.path("steps").forEach(steps::add);
        return steps;
    }

    private static String runs(JsonNode job) {
        StringBuilder all = new StringBuilder();
        steps(job).forEach(step -> all.append(step.path("run").asText()).append('\n'));
        return all.toString();
    }

    private static String readmeTestCommand() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("Run the tests:\\s*```sh\\n([^\\n]+)\\n```").matcher(readme);
        assertThat(m.find()).as("README says how to run the tests").isTrue();
        return m.group(1).trim();
    }

    @Test
    void pullRequestsAreTestedWithTheReadmesCommand() throws Exception {
        JsonNode pr = workflow("pull-request.yaml");
        assertThat(on(pr).has("pull_request")).isTrue();
        assertThat(runs(pr.at("/jobs/test"))).contains(readmeTestCommand());
        assertThat(Files.readString(Path.of(".ci", "run"))).contains("\n" + readmeTestCommand() + "\n");
    }

    @Test
    void pullRequestTestsRenderTheRealChartsTheyPull() throws Exception {
        List<JsonNode> steps = steps(workflow("pull-request.yaml").at("/jobs/test"));
        int pull = indexOf(steps, s -> s.path("run").asText().contains("tools/pull-charts.bash \"$RUNNER_TEMP/upstream\"")
                && s.path("run").asText().contains("HUBFLEET_UPSTREAM=$RUNNER_TEMP/upstream"));
        int helm = indexOf(steps, s -> s.path("uses").asText().startsWith("azure/setup-helm@"));
        String command = readmeTestCommand();
        int test = indexOf(steps, s -> s.path("run").asText().equals(command));
        assertThat(helm).isLessThan(pull);
        assertThat(pull).isLessThan(test);
        assertThat(Path.of("tools", "pull-charts.bash")).isExecutable();
    }

    @Test
    void pullRequestsPlanBaseAndHeadAndDiffThem() throws Exception {
        JsonNode job = workflow("pull-request.yaml").at("/jobs/plan-diff");
        String run = runs(job);
        assertThat(run).contains("./hubfleet plan --all --check")
                .contains("./hubfleet plan --all --json -o \"$RUNNER_TEMP/head.json\"")
                .contains("git worktree add \"$RUNNER_TEMP/base\" \"$BASE_SHA\"")
                .contains("./hubfleet plan --all --json -o \"$RUNNER_TEMP/base.json\"")
                .contains("./hubfleet diff \"$RUNNER_TEMP/base.json\" \"$RUNNER_TEMP/head.json\" --markdown")
                .contains("--json -o \"$RUNNER_TEMP/plan-diff/diff.json\"");
        assertThat(steps(job)).anySatisfy(step -> assertThat(step.path("env").path("BASE_SHA").asText())
                .isEqualTo("${{ github.event.pull_request.base.sha }}"));
        assertThat(job.at("/outputs/stacks").asText()).isEqualTo("${{ steps.changed.outputs.stacks }}");
        assertThat(steps(job)).anySatisfy(step -> {
            assertThat(step.path("uses").asText()).startsWith("actions/upload-artifact@");
            assertThat(step.at("/with/name").asText()).isEqualTo("plan-diff");
        });
        // Forks run this with no secrets and a read-only token: nothing here may need either.
        assertThat(YAML.writeValueAsString(job)).doesNotContain("secrets.");
        assertThat(workflow("pull-request.yaml").at("/permissions/contents").asText()).isEqualTo("read");
    }

    @Test
    void theCommentIsPostedOnceAndUpdatedFromTheArtifactWithWriteAccessOutsideTheFork() throws Exception {
        JsonNode comment = workflow("pull-request-comment.yaml");
        JsonNode trigger = on(comment).path("workflow_run");
        assertThat(trigger.path("workflows").get(0).asText()).isEqualTo(workflow("pull-request.yaml").path("name").asText());
        assertThat(trigger.path("types").get(0).asText()).isEqualTo("completed");
        assertThat(comment.at("/permissions/pull-requests").asText()).isEqualTo("write");
        String script = comment.at("/jobs/comment/steps/1/with/script").asText();
        assertThat(script).contains(MarkdownDiffRenderer.MARKER).contains("updateComment").contains("createComment")
                .contains("pull.head.sha !== context.payload.workflow_run.head_sha");
        // It reads the artifact's files; it never checks out or runs the pull request's code.
        assertThat(YAML.writeValueAsString(comment)).doesNotContain("actions/checkout");
        assertThat(steps(comment.at("/jobs/comment"))).noneMatch(step -> step.has("run"));
    }

    @Test
    void previewsRunForExactlyTheChangedStacksAndNeverForForks() throws Exception {
        JsonNode job = workflow("pull-request.yaml").at("/jobs/preview");
        assertThat(job.path("if").asText()).contains("github.event.pull_request.head.repo.full_name == github.repository")
                .contains("vars.PULUMI_BACKEND_URL != ''").contains("needs.plan-diff.outputs.stacks != '[]'");
        assertThat(job.at("/strategy/matrix/include").asText()).isEqualTo("${{ fromJSON(needs.plan-diff.outputs.stacks) }}");
        assertThat(job.at("/permissions/id-token").asText()).isEqualTo("write");
        JsonNode stackStep = steps(job).stream().filter(s -> s.path("uses").asText().equals("./.github/actions/pulumi-stack"))
                .findFirst().orElseThrow();
        assertThat(stackStep.at("/with/command").asText()).isEqualTo("preview");
        assertThat(stackStep.at("/with/stack").asText()).isEqualTo("${{ matrix.stack }}");
    }

    @Test
    void theStackActionUsesTheOfficialPulumiActionWithADiffAndFederatedCredentials() throws Exception {
        JsonNode action = YAML.readTree(Files.readString(Path.of(".github", "actions", "pulumi-stack", "action.yml")));
        assertThat(action.at("/runs/using").asText()).isEqualTo("composite");
        JsonNode pulumi = steps(action.path("runs")).stream()
                .filter(s -> s.path("uses").asText().startsWith("pulumi/actions@")).findFirst().orElseThrow();
        assertThat(pulumi.at("/with/command").asText()).isEqualTo("${{ inputs.command }}");
        assertThat(pulumi.at("/with/diff").asBoolean()).isTrue();
        assertThat(steps(action.path("runs"))).extracting(s -> s.path("uses").asText().replaceAll("@.*", ""))
                .contains("google-github-actions/auth", "aws-actions/configure-aws-credentials", "azure/login");
        // No long-lived cloud keys: federated identities only.
        assertThat(YAML.writeValueAsString(action)).doesNotContain("credentials_json").doesNotContain("aws-secret-access-key")
                .doesNotContain("client-secret");
    }

    @Test
    void theStackActionBuildsTheJarPulumiYamlRunsBeforePulumiRuns() throws Exception {
        JsonNode action = YAML.readTree(Files.readString(Path.of(".github", "actions", "pulumi-stack", "action.yml")));
        List<JsonNode> steps = steps(action.path("runs"));
        int build = indexOf(steps, s -> s.path("run").asText().matches("mvn .*-Dmaven\\.test\\.skip=true package"));
        int pulumi = indexOf(steps, s -> s.path("uses").asText().startsWith("pulumi/actions@"));
        assertThat(build).as("a step that packages the program").isGreaterThanOrEqualTo(0);
        assertThat(build).isLessThan(pulumi);
        assertThat(steps.get(build).path("shell").asText()).isEqualTo("bash");

        JsonNode project = YAML.readTree(Files.readString(Path.of("Pulumi.yaml")));
        assertThat(project.at("/runtime/name").asText()).isEqualTo("java");
        assertThat(project.at("/runtime/options/binary").asText()).isEqualTo("target/hubfleet.jar");
        assertThat(project.at("/stackConfigDir").asText()).isEqualTo("stacks");
    }

    private static int indexOf(List<JsonNode> steps, java.util.function.Predicate<JsonNode> test) {
        for (int i = 0; i < steps.size(); i++) {
            if (test.test(steps.get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void pushesToMainDeployStagingStacksFirstAndNeverTwiceAtOnce() throws Exception {
        JsonNode deploy = workflow("deploy.yaml");
        assertThat(on(deploy).at("/push/branches/0").asText()).isEqualTo("main");
        assertThat(deploy.has("concurrency")).as("no workflow-level group: it would cancel queued deploys").isFalse();
        String plan = runs(deploy.at("/jobs/plan-diff"));
        assertThat(plan).contains("./hubfleet plan --all --check").contains("./hubfleet plan --all --json")
                .contains("./hubfleet diff").contains("select(.stage == \\\"staging\\\")");

        JsonNode staging = deploy.at("/jobs/deploy-staging");
        JsonNode production = deploy.at("/jobs/deploy-production");
        assertThat(production.path("needs")).extracting(JsonNode::asText).contains("deploy-staging");
        assertThat(production.path("if").asText()).contains("needs.deploy-staging.result == 'success'")
                .contains("needs.deploy-staging.result == 'skipped'");
        for (JsonNode job : List.of(staging, production)) {
            assertThat(job.at("/concurrency/group").asText()).isEqualTo("deploy-${{ matrix.stack }}");
            assertThat(job.at("/concurrency/cancel-in-progress").asBoolean(true)).isFalse();
            JsonNode up = steps(job).stream().filter(s -> s.path("uses").asText().equals("./.github/actions/pulumi-stack"))
                    .findFirst().orElseThrow();
            assertThat(up.at("/with/command").asText()).isEqualTo("up");
        }
        assertThat(staging.at("/strategy/matrix/include").asText()).contains("outputs.staging");
        assertThat(production.at("/strategy/matrix/include").asText()).contains("outputs.production");
    }

    @Test
    void everyActionIsPinnedToAVersion() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(".github"))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        for (Path file : files) {
            List<String> uses = new ArrayList<>();
            collectUses(YAML.readTree(Files.readString(file)), uses);
            for (String action : uses) {
                assertThat(action).as(file + " uses " + action).matches("\\./\\.github/actions/[a-z-]+|[\\w.-]+/[\\w.-]+@v\\d+");
            }
        }
    }

    private static void collectUses(JsonNode node, List<String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("uses") && e.getValue().isTextual()) {
                    out.add(e.getValue().asText());
                } else {
                    collectUses(e.getValue(), out);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectUses(child, out));
        }
    }
}
