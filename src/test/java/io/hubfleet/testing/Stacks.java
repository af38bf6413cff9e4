package io.hubfleet.testing;

import io.hubfleet.cli.StackPlanner;
import io.hubfleet.config.ConfigProblem;
import io.hubfleet.config.InvalidStackConfigException;
import io.hubfleet.config.RawStackConfig;
import io.hubfleet.config.StackConfig;
import io.hubfleet.config.StackConfigReader;
import io.hubfleet.config.StackFile;
import io.hubfleet.plan.OfflinePlanner;
import io.hubfleet.plan.Plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stack files for tests: parse, read, plan, or expect refusal. */
public final class Stacks {

    /** A small valid GCP stack; tests replace lines to make it say what they need. */
    public static final String GCP = """
            config:
              hubfleet:cloud: gcp
              hubfleet:region: us-central1
              hubfleet:zone: us-central1-b
              hubfleet:account: {id: test-project}
              hubfleet:cluster: {kubernetesVersion: "1.33"}
              hubfleet:nodePools:
                - {name: user, purpose: user, machine: {cpu: 4, memoryGiB: 32}, max: 10}
            """;

    /** GCP with a user pool, a GPU pool, a dask pool and one GitHub hub: the shape hub tests start from. */
    public static final String GCP_WITH_HUB = """
            config:
              hubfleet:cloud: gcp
              hubfleet:region: us-central1
              hubfleet:zone: us-central1-b
              hubfleet:account: {id: test-project}
              hubfleet:cluster: {kubernetesVersion: "1.33"}
              hubfleet:nodePools:
                - {name: user, purpose: user, machine: {cpu: 4, memoryGiB: 32}, max: 10}
                - {name: dask, purpose: dask-worker, machineType: n2-highmem-16, spot: true, max: 20}
              hubfleet:ingress: {letsEncryptEmail: ops@example.org}
              hubfleet:hubs:
                - name: alpha
                  domain: alpha.example.org
                  auth:
                    provider: github
                    clientId: id-alpha
                    clientSecret: {secure: v1:alpha}
                    github: {organizations: [alpha-org]}
                  image: {name: quay.io/jupyter/scipy-notebook, tag: "2025-06-02"}
            """;

    /** The GCP_WITH_HUB community on AWS. */
    public static final String AWS_WITH_HUB = GCP_WITH_HUB
            .replace("hubfleet:cloud: gcp", "hubfleet:cloud: aws")
            .replace("hubfleet:region: us-central1", "hubfleet:region: us-west-2")
            .replace("  hubfleet:zone: us-central1-b\n", "")
            .replace("{id: test-project}", "{id: \"123456789012\"}")
            .replace("\"1.33\"", "\"1.35\"")
            .replace("machineType: n2-highmem-16", "machine: {cpu: 16, memoryGiB: 128}");

    /** The GCP_WITH_HUB community on Azure. */
    public static final String AZURE_WITH_HUB = AWS_WITH_HUB
            .replace("hubfleet:cloud: aws", "hubfleet:cloud: azure")
            .replace("hubfleet:region: us-west-2", "hubfleet:region: westeurope")
            .replace("{id: \"123456789012\"}", "{id: 3f2504e0-4f89-41d3-9a0c-0305e82c3301}");

    /** The stack with its hubfleet:account line replaced (written in flow style: {...}). */
    public static String withAccount(String stack, String account) {
        String replaced = stack.replaceFirst("hubfleet:account: \\{[^}]*}", java.util.regex.Matcher.quoteReplacement(
                "hubfleet:account: " + account));
        if (replaced.equals(stack)) {
            throw new IllegalArgumentException("no one-line hubfleet:account in the stack");
        }
        return replaced;
    }

    /** A hub-only stack with one hub, gamma; format with the cloud and the cluster stack's name. */
    public static final String HUB_ONLY = """
            config:
              hubfleet:cloud: %s
              hubfleet:clusterStack: organization/hubfleet/%s
              hubfleet:hubs:
                - name: gamma
                  domain: gamma.example.org
                  auth:
                    provider: github
                    clientId: id-gamma
                    clientSecret: {secure: v1:gamma}
                    github: {organizations: [gamma-org]}
                  image: {name: quay.io/jupyter/scipy-notebook, tag: "2025-06-02"}
                  persistentBucket: {enabled: true}
            """;

    /** Homes on the cloud's managed file service (Filestore, EFS, Azure Files), not the default disks. */
    public static final String MANAGED_HOMES = "  hubfleet:homeStorage: {kind: managed}\n";

    /** The stack with its homes on the managed file service. */
    public static String managedHomes(String stack) {
        return with(stack, MANAGED_HOMES);
    }

    /** The stack with more top-level config keys, such as {@code "  hubfleet:budget: {...}\n"}. */
    public static String with(String stack, String keys) {
        return stack + (keys.endsWith("\n") ? keys : keys + "\n");
    }

    /** A second hub entry, to append under hubfleet:hubs. */
    public static final String BETA_HUB = """
                - name: beta
                  domain: beta.example.org
                  auth:
                    provider: google
                    clientId: id-beta
                    clientSecret: {secure: v1:beta}
                    google: {hostedDomains: [beta.edu]}
                  image: {name: pangeo/pangeo-notebook, tag: "2025.06.02"}
                  persistentBucket: {enabled: true}
                  dask: {enabled: true}
            """;

    /** The examples' plans, by stack; PlanEngine runs one program at a time, so planning them is serial. */
    private static final Map<String, Plan> EXAMPLES = new ConcurrentHashMap<>();
    /** Plans of stack file texts, by text. */
    private static final Map<String, Plan> PLANS = new ConcurrentHashMap<>();

    private Stacks() {
    }

    public static RawStackConfig raw(String yaml) {
        return StackFile.parse("test", "Pulumi.test.yaml", yaml);
    }

    public static StackConfig read(String yaml) {
        return StackConfigReader.read(raw(yaml));
    }

    /**
     * The plan of a stack file's text, planned once per test run whatever class or fork asks (many start from
     * the same few stacks; {@link PlansAcrossForks}) and handed out as a deep copy. A refused stack file is
     * refused at every call.
     */
    public static Plan plan(String yaml) {
        return SharedPlans.copy(PLANS.computeIfAbsent(yaml, text -> PlansAcrossForks.OF_THIS_RUN.plan("text\n" + text,
                () -> freshPlan(text))));
    }

    /** A new plan of a stack file's text, made now: for tests whose point is that planning again agrees. */
    public static Plan freshPlan(String yaml) {
        return OfflinePlanner.plan(raw(yaml));
    }

    /**
     * The plan of an example stack from stacks/, planned once per test run (by whichever surefire fork asks
     * first: {@link PlansAcrossForks}) and handed out as a deep copy, so that no test sees what another changed.
     */
    public static Plan example(String stack) {
        return SharedPlans.copy(EXAMPLES.computeIfAbsent(stack, name -> PlansAcrossForks.OF_THIS_RUN.plan("example\n" + name,
                () -> freshExample(name))));
    }

    /**
     * A new plan of an example stack, made now: for the tests whose point is the planning itself (two
     * plans agree, a plan under another locale), which {@link #example(String)}'s shared plan would defeat.
     */
    public static Plan freshExample(String stack) {
        return OfflinePlanner.plan(exampleFile(stack));
    }

    /**
     * The planner the tests hand the command line ({@code HubfleetCli.execute(..., Stacks.PLANNER)}): an example
     * of stacks/ gets {@link #example(String)}'s plan, planned once per test run, and so does an unchanged copy of
     * one elsewhere unless it is a hub-only stack (whose plan depends on its cluster stack's file beside it); any
     * other file (a test's own, a changed copy) gets a new plan, as {@link StackPlanner#OFFLINE} makes it.
     * HubfleetCliTest checks the two give the same output for the examples.
     */
    public static final StackPlanner PLANNER = Stacks::planFile;

    private static Plan planFile(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith("Pulumi.") && name.endsWith(".yaml")) {
            String stack = name.substring("Pulumi.".length(), name.length() - ".yaml".length());
            Path example = exampleFile(stack);
            try {
                if (Files.isRegularFile(example) && Files.readString(file).equals(Files.readString(example))
                        && (Files.isSameFile(file.toAbsolutePath().getParent(), example.toAbsolutePath().getParent())
                        || StackConfigReader.readAny(StackFile.read(file)) instanceof StackConfig)) {
                    return example(stack);
                }
            } catch (java.io.IOException e) {
                // Unreadable, or not UTF-8: the CLI's own planner says so.
            }
        }
        return StackPlanner.OFFLINE.plan(file);
    }

    public static Path exampleFile(String stack) {
        return Path.of("stacks", "Pulumi." + stack + ".yaml");
    }

    /** The problems a refused stack file reports; fails when it is accepted. */
    public static List<ConfigProblem> problems(String yaml) {
        InvalidStackConfigException[] caught = new InvalidStackConfigException[1];
        assertThatThrownBy(() -> {
            try {
                read(yaml);
            } catch (InvalidStackConfigException e) {
                caught[0] = e;
                throw e;
            }
        }).isInstanceOf(InvalidStackConfigException.class);
        return caught[0].problems();
    }

    /** The rendered problem lines of a refused stack file. */
    public static List<String> report(String yaml) {
        return problems(yaml).stream().map(ConfigProblem::render).toList();
    }
}
