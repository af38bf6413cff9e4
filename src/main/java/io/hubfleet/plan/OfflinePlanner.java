package io.hubfleet.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.components.HubHostContract;
import io.hubfleet.components.SharedClusterChecks;
import io.hubfleet.config.ConfigPath;
import io.hubfleet.config.ConfigProblem;
import io.hubfleet.config.HubStackConfig;
import io.hubfleet.config.InvalidStackConfigException;
import io.hubfleet.config.RawStackConfig;
import io.hubfleet.config.StackConfig;
import io.hubfleet.config.StackConfigReader;
import io.hubfleet.config.StackDefinition;
import io.hubfleet.config.StackFile;
import io.hubfleet.config.UnsetSecrets;
import io.hubfleet.program.EstateProgram;
import io.hubfleet.program.HubStackProgram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The offline plan of a stack file: read and check it (refusing bad input before anything is
 * registered), then run the real program under the offline engine. No credentials, no Pulumi CLI.
 * A hub-only stack's cluster stack is planned first, from its file beside this one, and its outputs
 * answer the stack reference (planned once per process and file version).
 */
public final class OfflinePlanner {

    public static final String PROJECT = "hubfleet";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, ObjectNode> CLUSTER_OUTPUTS = new ConcurrentHashMap<>();
    /**
     * The outputs a stack's reference to itself reads offline: none, as for a stack never deployed (the
     * program reads its last deployment's {@code homeDisks} so a disk never shrinks; offline, hubfleet diff
     * compares plans instead).
     */
    private static final ObjectNode NEVER_DEPLOYED = JSON.createObjectNode()
            // What only a first deployment records (program/BudgetStart): plans stay the same from month to month.
            .put("budgetStartMonth", StandIns.of("first-deployment", "month"));

    private OfflinePlanner() {
    }

    public static Plan plan(Path stackFile) {
        Path dir = stackFile.toAbsolutePath().getParent();
        return plan(StackFile.read(stackFile), dir);
    }

    /** Plans a stack read elsewhere; a hub-only stack's cluster stack file is looked for in {@code stacks/}. */
    public static Plan plan(RawStackConfig raw) {
        return plan(raw, Path.of("stacks"));
    }

    public static Plan plan(RawStackConfig stackFile, Path stacksDir) {
        // A secret not set yet plans as [secret not set], with a warning; a deployment still refuses it.
        UnsetSecrets.Filled filled = UnsetSecrets.fill(stackFile);
        return planFilled(filled.raw(), stacksDir).warnedFirst(filled.warnings());
    }

    private static Plan planFilled(RawStackConfig raw, Path stacksDir) {
        StackDefinition definition = StackConfigReader.readAny(raw);
        if (definition instanceof StackConfig config) {
            return PlanEngine.run(PROJECT, raw.stack(), raw.asPulumiConfig(JSON), raw.secretKeys(),
                    Map.of(raw.stack(), NEVER_DEPLOYED), ctx -> EstateProgram.define(ctx, config))
                    .about(config.cloud().configName(), config.stage().configName());
        }
        HubStackConfig hubs = (HubStackConfig) definition;
        ObjectNode clusterOutputs = clusterOutputs(raw, hubs, stacksDir);
        @SuppressWarnings("unchecked")
        Map<String, Object> hubHost = JSON.convertValue(clusterOutputs.path(HubHostContract.OUTPUT), Map.class);
        List<ConfigProblem> problems = SharedClusterChecks.problems(hubs, HubHostContract.fromOutput(hubHost));
        if (!problems.isEmpty()) {
            throw new InvalidStackConfigException(raw.origin(), problems);
        }
        return PlanEngine.run(PROJECT, raw.stack(), raw.asPulumiConfig(JSON), raw.secretKeys(),
                        Map.of(hubs.clusterStack(), clusterOutputs, raw.stack(), NEVER_DEPLOYED),
                        ctx -> HubStackProgram.define(ctx, hubs))
                .about(hubs.cloud().configName(), hubs.stage().configName());
    }

    /** The cluster stack's outputs, from its own offline plan. */
    private static ObjectNode clusterOutputs(RawStackConfig raw, HubStackConfig hubs, Path stacksDir) {
        Path file = stacksDir.resolve("Pulumi." + hubs.clusterStackName() + ".yaml");
        ConfigPath at = ConfigPath.key("hubfleet:clusterStack");
        if (!Files.isRegularFile(file)) {
            throw new InvalidStackConfigException(raw.origin(), List.of(ConfigProblem.of(at,
                    "there is no stack file " + file + " to plan the cluster stack " + hubs.clusterStack() + " from",
                    "the name of a cluster stack whose file is in " + stacksDir)));
        }
        if (file.getFileName().toString().equals("Pulumi." + raw.stack() + ".yaml")) {
            throw new InvalidStackConfigException(raw.origin(), List.of(ConfigProblem.of(at,
                    "names this stack itself", "the stack that makes the cluster")));
        }
        String key;
        try {
            key = file.toAbsolutePath() + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode cached = CLUSTER_OUTPUTS.get(key);
        if (cached != null) {
            return cached;
        }
        RawStackConfig clusterRaw = StackFile.read(file);
        if (StackConfigReader.readAny(clusterRaw) instanceof HubStackConfig) {
            throw new InvalidStackConfigException(raw.origin(), List.of(ConfigProblem.of(at,
                    hubs.clusterStack() + " is itself a hub-only stack", "the stack that makes the cluster")));
        }
        ObjectNode outputs = plan(clusterRaw, stacksDir).outputs();
        CLUSTER_OUTPUTS.put(key, outputs);
        return outputs;
    }
}
