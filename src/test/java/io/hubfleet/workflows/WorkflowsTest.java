package io.hubfleet.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hubfleet.plan.diff.MarkdownDiffRenderer;
import io.hubfleet.workflow.DeployWave;
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

import io.hubfleet.smoke.SmokeTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GitHub workflows do what docs/workflows.md says: pull requests (forks too) are tested and get one
 * comment with the offline diff of every changed stack; same-repository pull requests get a real
 * preview of exactly those stacks; pushes to main deploy the changed stacks, staging first, never two
 * deploys of one stack at once.
 */
class WorkflowsTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    static final String PREVIEW_ENVIRONMENT = "hubfleet-preview";
    static final String DEPLOY_ENVIRONMENT = "hubfleet-deploy";
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
        // The tests that run programs may not skip them: node for the scripts, promtool for the alert rules.
        int promtool = indexOf(steps, s -> s.path("run").asText().contains("apt-get install") && s.path("run").asText().contains("prometheus"));
        assertThat(promtool).isLessThan(test);
        assertThat(steps.get(test).path("env").path("HUBFLEET_REQUIRE_NODE").asText()).isEqualTo("1");
        assertThat(steps.get(test).path("env").path("HUBFLEET_REQUIRE_PROMTOOL").asText()).isEqualTo("1");
        assertThat(steps.get(test).path("env").path("HUBFLEET_REQUIRE_PYTHON").asText()).isEqualTo("1");
        assertThat(Files.readString(Path.of(".ci", "run"))).contains("export HUBFLEET_REQUIRE_NODE=1")
                .contains("export HUBFLEET_REQUIRE_PROMTOOL=1").contains("export HUBFLEET_REQUIRE_PYTHON=1");
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

    private static final String MARKER_BODY = MarkdownDiffRenderer.MARKER + "\n## Plan diff\n";

    /** Runs the comment job's script against a fake GitHub (node); the calls it made. */
    private static JsonNode runCommentScript(Path dir, String headSha, String comments) throws Exception {
        String node = nodeOrSkip();
        Files.createDirectories(dir.resolve("plan-diff"));
        Files.writeString(dir.resolve("plan-diff/pr-number"), "7\n");
        Files.writeString(dir.resolve("plan-diff/comment.md"), MARKER_BODY);
        Files.writeString(dir.resolve("script.js"), workflow("pull-request-comment.yaml").at("/jobs/comment/steps/1/with/script").asText());
        Files.writeString(dir.resolve("scenario.json"), "{\"headSha\": \"" + headSha + "\", \"runSha\": \"abc\", \"comments\": "
                + comments + "}");
        Process process = new ProcessBuilder(node, Path.of("src/test/resources/workflows/github-script-harness.js").toAbsolutePath().toString(),
                "script.js", "scenario.json").directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        return YAML.readTree(out);
    }

    /** node runs the workflow scripts; CI installs it and requires it (.ci/run sets HUBFLEET_REQUIRE_NODE). */
    private static String nodeOrSkip() {
        return io.hubfleet.testing.Tools.onPathOrSkip("node", "HUBFLEET_REQUIRE_NODE", "the workflow scripts are not run");
    }

    @Test
    void theCommentJobUpdatesOnlyItsOwnComment(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String others = "[{\"id\": 1, \"user\": {\"login\": \"someone\", \"type\": \"User\"}, \"body\": \"" + MarkdownDiffRenderer.MARKER + " quoted\"},"
                + " {\"id\": 2, \"user\": {\"login\": \"other-app[bot]\", \"type\": \"Bot\"}, \"body\": \"" + MarkdownDiffRenderer.MARKER + " theirs\"},"
                + " {\"id\": 3, \"user\": {\"login\": \"github-actions[bot]\", \"type\": \"Bot\"}, \"body\": \"another workflow's\"}";
        // Another bot's or a person's comment with the marker is not ours: a new comment is posted.
        JsonNode first = runCommentScript(Files.createDirectory(dir.resolve("first")), "abc", others + "]");
        assertThat(first).hasSize(2);
        assertThat(first.get(0).path("listed").asInt()).isEqualTo(7);
        assertThat(first.get(1).path("create").asInt()).isEqualTo(7);
        assertThat(first.get(1).path("body").asText()).isEqualTo(MARKER_BODY);
        // Ours (posted by this workflow's token, marked) is updated.
        JsonNode again = runCommentScript(Files.createDirectory(dir.resolve("again")), "abc", others
                + ", {\"id\": 4, \"user\": {\"login\": \"github-actions[bot]\", \"type\": \"Bot\"}, \"body\": \""
                + MarkdownDiffRenderer.MARKER + " old\"}]");
        assertThat(again.get(1).path("update").asInt()).isEqualTo(4);
        // A pull request that moved on gets no comment.
        JsonNode moved = runCommentScript(Files.createDirectory(dir.resolve("moved")), "def", others + "]");
        assertThat(moved).hasSize(1);
        assertThat(moved.get(0).path("info").asText()).contains("has moved on");
    }

    @Test
    void previewsRunForExactlyTheChangedStacksAndNeverForForksWithTheReadOnlyIdentities() throws Exception {
        JsonNode job = workflow("pull-request.yaml").at("/jobs/preview");
        assertThat(job.path("if").asText()).contains("github.event.pull_request.head.repo.full_name == github.repository")
                .contains("vars.PULUMI_BACKEND_URL != ''").contains("needs.plan-diff.outputs.stacks != '[]'");
        assertThat(job.at("/strategy/matrix/include").asText()).isEqualTo("${{ fromJSON(needs.plan-diff.outputs.stacks) }}");
        // The branch's code runs here: only the preview environment's (read-only) identities, which the
        // clouds trust for its OIDC subject alone, and no write access to anything on GitHub.
        assertThat(job.path("environment").asText()).isEqualTo(PREVIEW_ENVIRONMENT);
        assertThat(job.path("permissions").properties()).extracting(e -> e.getKey() + ": " + e.getValue().asText())
                .containsExactlyInAnyOrder("contents: read", "id-token: write");
        JsonNode stackStep = steps(job).stream().filter(s -> s.path("uses").asText().equals("./.github/actions/pulumi-stack"))
                .findFirst().orElseThrow();
        assertThat(stackStep.at("/with/command").asText()).isEqualTo("preview");
        assertThat(stackStep.at("/with/stack").asText()).isEqualTo("${{ matrix.stack }}");
        assertCredentialsFromTheEnvironment(stackStep);
    }

    /** The identity inputs come from variables, which the job's environment sets: nothing else picks them. */
    private static void assertCredentialsFromTheEnvironment(JsonNode stackStep) throws Exception {
        JsonNode action = YAML.readTree(Files.readString(Path.of(".github", "actions", "pulumi-stack", "action.yml")));
        for (String input : List.of("gcp-workload-identity-provider", "gcp-service-account", "aws-role-arn",
                "azure-client-id", "azure-tenant-id", "azure-subscription-id")) {
            assertThat(action.at("/inputs/" + input).isObject()).as(input).isTrue();
            assertThat(stackStep.at("/with/" + input).asText()).as(input)
                    .isEqualTo("${{ vars." + input.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + " }}");
        }
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

    /** The deploy workflow's wave jobs, in order: each named after its wave ({@link DeployWave#id()}). */
    private static List<String> waveJobs() {
        return java.util.Arrays.stream(DeployWave.values()).map(DeployWave::id).toList();
    }

    @Test
    void pushesToMainDeployInWavesClusterStacksBeforeTheirHubOnlyStacks() throws Exception {
        JsonNode deploy = workflow("deploy.yaml");
        assertThat(on(deploy).at("/push/branches/0").asText()).isEqualTo("main");
        assertThat(deploy.has("concurrency")).as("no workflow-level group: it would cancel queued deploys").isFalse();
        JsonNode plan = deploy.at("/jobs/plan-diff");
        assertThat(plan.path("if").asText()).contains("github.ref == 'refs/heads/main'");
        assertThat(runs(plan)).contains("./hubfleet plan --all --check").contains("./hubfleet plan --all --json")
                .contains("./hubfleet diff").contains("./hubfleet deploy-order \"$RUNNER_TEMP/diff.json\"");
        List<String> earlier = new ArrayList<>();
        for (String wave : waveJobs()) {
            JsonNode job = deploy.at("/jobs/" + wave);
            assertThat(job.isObject()).as(wave).isTrue();
            // The wave's stacks, from deploy-order's output of the same name.
            assertThat(plan.at("/outputs/" + wave).asText()).isEqualTo("${{ steps.order.outputs." + wave + " }}");
            assertThat(job.path("uses").asText()).isEqualTo("./.github/workflows/deploy-stacks.yaml");
            assertThat(job.at("/with/stacks").asText()).isEqualTo("${{ needs.plan-diff.outputs." + wave + " }}");
            assertThat(job.path("if").asText()).contains("needs.plan-diff.outputs." + wave + " != '[]'");
            // Only once every earlier wave succeeded (or had nothing to do).
            List<String> needs = new ArrayList<>();
            (job.path("needs").isArray() ? job.path("needs") : YAML.createArrayNode().add(job.path("needs")))
                    .forEach(n -> needs.add(n.asText()));
            assertThat(needs).containsExactlyInAnyOrderElementsOf(concat("plan-diff", earlier));
            for (String before : earlier) {
                assertThat(job.path("if").asText()).contains("(needs." + before + ".result == 'success' || needs."
                        + before + ".result == 'skipped')");
            }
            assertThat(job.path("permissions").properties()).extracting(e -> e.getKey() + ": " + e.getValue().asText())
                    .containsExactlyInAnyOrder("contents: read", "id-token: write");
            earlier.add(wave);
        }
        assertThat(deploy.path("jobs").size()).isEqualTo(1 + waveJobs().size());
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    @Test
    void aDispatchPlansNothingBeforeAndDeploysOnlyItsStack() throws Exception {
        JsonNode deploy = workflow("deploy.yaml");
        assertThat(on(deploy).at("/workflow_dispatch/inputs/stack/required").asBoolean()).isTrue();
        List<JsonNode> steps = steps(deploy.at("/jobs/plan-diff"));
        JsonNode before = steps.stream().filter(s -> s.path("name").asText().contains("previous commit")).findFirst().orElseThrow();
        // github.event.before is empty on a dispatch: compare only on a push, else with no plans at all.
        assertThat(before.at("/env/EVENT").asText()).isEqualTo("${{ github.event_name }}");
        assertThat(before.path("run").asText()).contains("if [ \"$EVENT\" = push ]")
                .contains("echo '{\"formatVersion\": 1, \"plans\": []}' > \"$RUNNER_TEMP/before.json\"");
        JsonNode order = steps.stream().filter(s -> s.path("id").asText().equals("order")).findFirst().orElseThrow();
        assertThat(order.at("/env/DISPATCHED").asText()).isEqualTo("${{ github.event.inputs.stack }}");
        assertThat(order.path("run").asText()).contains("${DISPATCHED:+--stack \"$DISPATCHED\"}");
        // What deploy-order then does with --stack: DeployOrderTest.aDispatchDeploysOnlyItsStackChangedOrNot.
        for (String wave : waveJobs()) {
            assertThat(order.path("run").asText()).contains(wave);
        }
    }

    @Test
    void deploysRunInTheDeployEnvironmentOneAtATimePerStack() throws Exception {
        JsonNode called = workflow("deploy-stacks.yaml");
        assertThat(on(called).has("workflow_call")).isTrue();
        assertThat(on(called).size()).as("only callable: not by a push or a pull request").isEqualTo(1);
        JsonNode job = called.at("/jobs/up");
        // The clouds trust the deploy identities only for this environment's OIDC subject, and the
        // environment admits only main (docs/workflows.md).
        assertThat(job.path("environment").asText()).isEqualTo(DEPLOY_ENVIRONMENT);
        assertThat(job.at("/concurrency/group").asText()).isEqualTo("deploy-${{ matrix.stack }}");
        assertThat(job.at("/concurrency/cancel-in-progress").asBoolean(true)).isFalse();
        assertThat(job.at("/strategy/matrix/include").asText()).isEqualTo("${{ fromJSON(inputs.stacks) }}");
        JsonNode up = steps(job).stream().filter(s -> s.path("uses").asText().equals("./.github/actions/pulumi-stack"))
                .findFirst().orElseThrow();
        assertThat(up.at("/with/command").asText()).isEqualTo("up");
        assertCredentialsFromTheEnvironment(up);
    }

    @Test
    void afterPulumiUpEachChangedHubIsSmokeTestedWithAMaskedTokenAndAFailureNamesTheHub() throws Exception {
        // The plans and diff that chose the stacks go to the deploy jobs.
        List<JsonNode> planSteps = steps(workflow("deploy.yaml").at("/jobs/plan-diff"));
        JsonNode upload = planSteps.stream().filter(s -> s.path("uses").asText().startsWith("actions/upload-artifact@"))
                .findFirst().orElseThrow();
        assertThat(upload.at("/with/name").asText()).isEqualTo("deploy-plans");
        assertThat(runs(workflow("deploy.yaml").at("/jobs/plan-diff")))
                .contains("cp \"$RUNNER_TEMP/before.json\" \"$RUNNER_TEMP/head.json\" \"$RUNNER_TEMP/diff.json\" \"$RUNNER_TEMP/deploy-plans/\"");

        List<JsonNode> steps = steps(workflow("deploy-stacks.yaml").at("/jobs/up"));
        int up = indexOf(steps, s -> s.path("uses").asText().equals("./.github/actions/pulumi-stack"));
        int download = indexOf(steps, s -> s.path("uses").asText().startsWith("actions/download-artifact@"));
        int smoke = indexOf(steps, s -> s.path("run").asText().contains("./hubfleet smoke "));
        assertThat(up).as("the pulumi up step").isNotNegative();
        assertThat(up).isLessThan(download);
        assertThat(download).isLessThan(smoke);
        assertThat(steps).as("the last step: nothing runs after it that could hide its failure").hasSize(smoke + 1);
        assertThat(steps.get(download).at("/with/name").asText()).isEqualTo("deploy-plans");
        JsonNode step = steps.get(smoke);
        // Runs only when pulumi up succeeded (the default), and every failure fails it.
        assertThat(step.has("if") || step.has("continue-on-error")).isFalse();
        assertThat(step.at("/env/STACK").asText()).isEqualTo("${{ matrix.stack }}");
        String run = step.path("run").asText();
        assertThat(run).startsWith("set -euo pipefail\n").doesNotContain("set -x");
        // Which hubs: those the diff that chose this stack changes (SmokeTargetsCommandTest).
        assertThat(run).contains("./hubfleet smoke-targets \"$PLANS/head.json\" \"$PLANS/diff.json\" --before \"$PLANS/before.json\"")
                .contains("--stack \"$STACK\"");
        assertThat(run).contains("jq -r '.hubs[] | [.hub, .url, .namespace, (if .dask then \"dask\" else \"\" end)] | @tsv'");
        // The token: from the hub's Secret, where z2jh puts hub.services tokens (SmokeServiceRenderTest).
        assertThat(run).contains("kubectl -n \"$namespace\" get secret hub")
                .contains("jsonpath='{.data.hub\\.services\\." + SmokeTest.SERVICE + "\\.apiToken}'");
        int mask = run.indexOf("echo \"::add-mask::$token\"");
        int use = run.indexOf("HUBFLEET_SMOKE_TOKEN=\"$token\" ./hubfleet smoke --hub-url \"$url\" --hub-name \"$hub\" --cloud \"$cloud\" ${dask:+--dask}");
        assertThat(mask).as("masked").isPositive();
        assertThat(use).as("masked before it is used").isGreaterThan(mask);
        // Never printed, never exported: only the add-mask command and the smoke command's environment see it.
        assertThat(run.split("\\$token", -1)).as("uses of $token").hasSize(4);
        assertThat(run).doesNotContain("export HUBFLEET_SMOKE_TOKEN").doesNotContain("GITHUB_ENV");
        // Each failure names its hub; the job fails once every hub was tested.
        assertThat(run).contains("::error title=smoke test of hub $hub::").contains("failed+=(\"$hub\")")
                .contains("hubs ${failed[*]} failed their smoke test").endsWith("  exit 1\nfi\n");
    }

    @Test
    void everyJobThatCanGetACloudTokenNamesItsEnvironment() throws Exception {
        // Without an environment a job's OIDC subject is its branch or pull request, which no cloud trusts:
        // every identity is bound to an environment's subject.
        for (String file : List.of("pull-request.yaml", "deploy.yaml", "deploy-stacks.yaml", "pull-request-comment.yaml")) {
            JsonNode jobs = workflow(file).path("jobs");
            for (Iterator<Map.Entry<String, JsonNode>> it = jobs.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> job = it.next();
                if (!job.getValue().at("/permissions/id-token").asText().equals("write")) {
                    continue;
                }
                boolean callsDeployStacks = job.getValue().path("uses").asText().equals("./.github/workflows/deploy-stacks.yaml");
                assertThat(callsDeployStacks || !job.getValue().path("environment").asText().isEmpty())
                        .as(file + " " + job.getKey()).isTrue();
            }
            assertThat(workflow(file).at("/permissions/id-token").isMissingNode()).as(file + ": no workflow-wide id-token").isTrue();
        }
        assertThat(PREVIEW_ENVIRONMENT).isNotEqualTo(DEPLOY_ENVIRONMENT);
    }

    @Test
    void everyActionIsPinnedToACommitWithItsTagNamed() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(".github"))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        int pinned = 0;
        for (Path file : files) {
            List<String> uses = new ArrayList<>();
            collectUses(YAML.readTree(Files.readString(file)), uses);
            String text = Files.readString(file);
            for (String action : uses) {
                if (action.startsWith("./.github/")) {
                    assertThat(action).matches("\\./\\.github/(actions/[a-z-]+|workflows/[a-z-]+\\.yaml)");
                    continue;
                }
                // A tag can be moved to other code; a commit cannot. The comment says which tag it was.
                assertThat(action).as(file + " uses " + action).matches("[\\w.-]+/[\\w.-]+@[0-9a-f]{40}");
                assertThat(text).as(file + " names the tag of " + action)
                        .containsPattern(Pattern.quote("uses: " + action) + " # v\\d+(\\.\\d+)*\\n");
                pinned++;
            }
        }
        assertThat(pinned).isGreaterThanOrEqualTo(10);
        assertThat(Path.of("tools", "pin-actions.bash")).isExecutable();
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
