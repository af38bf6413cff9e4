package io.hubfleet.config;

import io.hubfleet.config.hub.AuthConfig;
import io.hubfleet.config.hub.AuthProvider;
import io.hubfleet.config.hub.DaskConfig;
import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.config.hub.ProfileConfig;
import io.hubfleet.config.hub.ResourceChoiceConfig;
import io.hubfleet.config.hub.ResourcesConfig;
import io.hubfleet.config.hub.WorkerSizeConfig;
import io.hubfleet.config.portable.Cloud;
import io.hubfleet.machines.Allocatable;
import io.hubfleet.machines.MachineCatalogue;
import io.hubfleet.machines.MachineResolutionException;
import io.hubfleet.machines.ResolvedMachine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Hubs: unique names and domains, HTTPS configured, logins that admit someone and not everyone
 * by accident, client secrets set as Pulumi secrets, pinned images, profiles and Dask workers that
 * fit the pools they run on.
 */
final class HubRules implements StackRule {

    /** Namespaces Kubernetes and the cluster's support services already use. */
    static final Set<String> RESERVED_NAMES = Set.of("default", "kube-system", "kube-public", "kube-node-lease",
            "cert-manager", "envoy-gateway-system", "hubfleet-system", "support", "monitoring", "gmp-system",
            "gmp-public", "gke-managed-system");

    /** A hub's home disk server runs in the namespace {@code <hub>-home-nfs}. */
    static final String HOME_STORAGE_SUFFIX = "-home-nfs";

    @Override
    public List<ConfigProblem> check(BoundConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (config.hubs().isEmpty()) {
            return problems;
        }
        if (!config.hubOnly() && config.ingress().isEmpty() && !config.raw().config().has("hubfleet:ingress")) {
            problems.add(ConfigProblem.of(BoundConfig.INGRESS,
                    "missing: hubs are served over HTTPS with certificates from Let's Encrypt, which needs a contact",
                    "hubfleet:ingress: {letsEncryptEmail: ops@example.org}"));
        }
        Map<String, Integer> names = new HashMap<>();
        Map<String, Integer> domains = new HashMap<>();
        for (BoundConfig.Indexed<HubConfig> indexed : config.hubs()) {
            HubConfig hub = indexed.value();
            ConfigPath at = BoundConfig.hub(indexed.index());
            Integer earlier = names.putIfAbsent(hub.name(), indexed.index());
            if (earlier != null) {
                problems.add(ConfigProblem.of(at.child("name"), "\"" + hub.name() + "\" is already the name of "
                        + BoundConfig.hub(earlier), "a name no other hub of the stack has"));
            }
            Integer sameDomain = domains.putIfAbsent(hub.domain(), indexed.index());
            if (sameDomain != null) {
                problems.add(ConfigProblem.of(at.child("domain"), "\"" + hub.domain() + "\" is already the domain of "
                        + BoundConfig.hub(sameDomain), "a domain no other hub of the stack has"));
            }
            if (RESERVED_NAMES.contains(hub.name())) {
                problems.add(ConfigProblem.of(at.child("name"), "\"" + hub.name()
                        + "\" is a namespace the cluster already uses", "any name but " + String.join(", ",
                        RESERVED_NAMES.stream().sorted().toList())));
            }
            if (hub.name().endsWith(HOME_STORAGE_SUFFIX)) {
                problems.add(ConfigProblem.of(at.child("name"), "\"" + hub.name() + "\" ends in \"" + HOME_STORAGE_SUFFIX
                        + "\", which names hubs' home storage namespaces", "a name that does not end in \""
                        + HOME_STORAGE_SUFFIX + "\""));
            }
            if ("latest".equals(hub.image().tag())) {
                problems.add(ConfigProblem.of(at.child("image").child("tag"), "\"latest\" is not pinned",
                        "a fixed tag or digest, so every server runs the same image until you change it"));
            }
            problems.addAll(auth(at.child("auth"), hub.auth(), config.raw()));
            hub.secretEnv().forEach((key, value) -> {
                if (!PlainTextSecrets.setAsSecret(value, config.raw())) {
                    problems.add(PlainTextSecrets.problem(value, "the secret " + key));
                }
            });
            problems.addAll(resources(at.child("defaultResources"), hub.defaultResources()));
            problems.addAll(profiles(at, hub, config));
            problems.addAll(dask(at.child("dask"), hub.dask(), config));
        }
        return problems;
    }

    private static List<ConfigProblem> auth(ConfigPath at, AuthConfig auth, RawStackConfig raw) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (String foreign : auth.foreignSections()) {
            problems.add(ConfigProblem.of(at.child(foreign), "the " + foreign + " section does not apply to provider "
                    + auth.provider().configName(), "only the " + auth.provider().sectionKey() + " section"));
        }
        boolean admitsSomeone = auth.allowAll() || !auth.allowedUsers().isEmpty() || !auth.admins().isEmpty()
                || !auth.allowedGroups().isEmpty() || !auth.adminGroups().isEmpty();
        // A switch expression: a new provider does not compile until it says whom its section admits.
        admitsSomeone |= switch (auth.provider()) {
            case GITHUB -> auth.github() != null
                    && (!auth.github().organizations().isEmpty() || !auth.github().teams().isEmpty());
            case GOOGLE -> auth.google() != null && !auth.google().hostedDomains().isEmpty();
            case CILOGON -> {
                if (auth.cilogon() == null) {
                    problems.add(ConfigProblem.of(at.child("cilogon"), "missing: CILogon needs the identity providers "
                            + "it may use", "cilogon: {identityProviders: [{entityId: ...}]}"));
                }
                yield auth.cilogon() != null;
            }
            case GENERIC_OAUTH -> {
                if (auth.genericOAuth() == null) {
                    problems.add(ConfigProblem.of(at.child("genericOAuth"), "missing: the issuer's endpoints are needed",
                            "genericOAuth: {authorizeUrl, tokenUrl, userdataUrl}"));
                }
                yield false;
            }
        };
        if (!admitsSomeone) {
            problems.add(ConfigProblem.of(at, "nobody would be allowed to log in",
                    allowPhrase(auth.provider()) + ", allowedUsers, admins, or allowAll: true to admit anyone the "
                            + "provider authenticates"));
        }
        if (!PlainTextSecrets.setAsSecret(auth.clientSecret(), raw)) {
            problems.add(PlainTextSecrets.problem(auth.clientSecret(), "the client secret"));
        }
        return problems;
    }

    private static String allowPhrase(AuthProvider provider) {
        return switch (provider) {
            case GITHUB -> "github.organizations or github.teams";
            case GOOGLE -> "google.hostedDomains";
            case CILOGON -> "cilogon.identityProviders";
            case GENERIC_OAUTH -> "(the issuer admits no one by itself)";
        };
    }

    private static List<ConfigProblem> resources(ConfigPath at, ResourcesConfig resources) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (resources.memoryLimitGiB() < resources.memoryGuaranteeGiB()) {
            problems.add(ConfigProblem.of(at.child("memoryLimitGiB"), "the limit (" + resources.memoryLimitGiB()
                    + " GiB) is below the guarantee (" + resources.memoryGuaranteeGiB() + " GiB)",
                    "a limit at least the guarantee"));
        }
        if (resources.cpuLimit() != null && resources.cpuLimit() < resources.cpuGuarantee()) {
            problems.add(ConfigProblem.of(at.child("cpuLimit"), "the limit (" + resources.cpuLimit()
                    + ") is below the guarantee (" + resources.cpuGuarantee() + ")", "a limit at least the guarantee"));
        }
        return problems;
    }

    private static List<ConfigProblem> profiles(ConfigPath hubPath, HubConfig hub, BoundConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        Map<String, NodePoolConfig> pools = config.poolsByName();
        List<String> userPools = pools.values().stream().filter(p -> p.purpose() == PoolPurpose.USER)
                .map(NodePoolConfig::name).toList();
        if (hub.generatedProfiles()) {
            if (userPools.isEmpty() && config.allPoolsBound()) {
                problems.add(ConfigProblem.of(hubPath.child("profiles"),
                        "missing: profiles are generated from the user pools, and the stack has none",
                        "a hubfleet:nodePools entry with purpose: user, or profiles declared here"));
            }
            return problems;
        }
        Map<String, Integer> names = new HashMap<>();
        int defaults = 0;
        for (int i = 0; i < hub.profiles().size(); i++) {
            ProfileConfig profile = hub.profiles().get(i);
            ConfigPath at = hubPath.child("profiles").index(i);
            if (names.putIfAbsent(profile.name(), i) != null) {
                problems.add(ConfigProblem.of(at.child("name"), "\"" + profile.name() + "\" is already a profile's name",
                        "a name no other profile of the hub has"));
            }
            defaults += profile.isDefault() ? 1 : 0;
            problems.addAll(ProfileSizeRules.check(at, profile));
            NodePoolConfig pool = pools.get(profile.pool());
            if (pool == null || pool.purpose() != PoolPurpose.USER) {
                if (config.allPoolsBound()) {
                    problems.add(new ConfigProblem(at.child("pool"), "\"" + profile.pool() + "\" is not a user pool",
                            "one of " + (userPools.isEmpty() ? "(none: add a user pool)" : String.join(", ", userPools)),
                            Suggestions.didYouMean(profile.pool(), userPools)));
                }
                continue;
            }
            if (profile.resourceChoices().isEmpty()) {
                fit(at, profile.cpuGuarantee(), profile.memoryGuaranteeGiB(), profile.gpus(), pool, config.cloud())
                        .ifPresent(problems::add);
            }
            for (int j = 0; j < profile.resourceChoices().size(); j++) {
                ResourceChoiceConfig choice = profile.resourceChoices().get(j);
                fit(at.child("resourceChoices").index(j), choice.cpuGuarantee(), choice.memoryGuaranteeGiB(),
                        choice.gpus(), pool, config.cloud()).ifPresent(problems::add);
            }
        }
        if (defaults > 1) {
            problems.add(ConfigProblem.of(hubPath.child("profiles"), defaults + " profiles are marked default",
                    "at most one default profile"));
        }
        return problems;
    }

    /** A size (a profile's own, or one of its resource choices, at {@code at}) fits a node of its pool. */
    private static Optional<ConfigProblem> fit(ConfigPath at, Double cpuGuarantee, Double memoryGuaranteeGiB,
                                               Integer gpuCount, NodePoolConfig pool, Optional<Cloud> cloud) {
        Optional<ResolvedMachine> machine = resolve(pool, cloud);
        if (machine.isEmpty() || memoryGuaranteeGiB == null) {
            return Optional.empty();
        }
        Allocatable room = Allocatable.of(cloud.get(), machine.get().type());
        if (memoryGuaranteeGiB > room.memoryGiB()) {
            return Optional.of(ConfigProblem.of(at.child("memoryGuaranteeGiB"), memoryGuaranteeGiB
                    + " GiB does not fit a " + machine.get().type().name() + " node of pool " + pool.name(),
                    "at most " + room.memoryGiB() + " GiB (what the node leaves for pods)"));
        }
        if (cpuGuarantee != null && cpuGuarantee > room.cpu()) {
            return Optional.of(ConfigProblem.of(at.child("cpuGuarantee"), cpuGuarantee
                    + " vCPUs do not fit a " + machine.get().type().name() + " node of pool " + pool.name(),
                    "at most " + room.cpu() + " vCPUs (what the node leaves for pods)"));
        }
        int gpus = machine.get().hasGpu() ? machine.get().gpu().count() : 0;
        if (gpuCount != null && gpuCount > gpus) {
            return Optional.of(ConfigProblem.of(at.child("gpus"), gpuCount + " GPUs asked, pool " + pool.name()
                    + " has " + gpus + " per node", gpus == 0 ? "no gpus: on a pool without GPUs" : "at most " + gpus));
        }
        return Optional.empty();
    }

    private static List<ConfigProblem> dask(ConfigPath at, DaskConfig dask, BoundConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (!dask.enabled()) {
            return problems;
        }
        List<NodePoolConfig> workerPools = config.poolsByName().values().stream()
                .filter(p -> p.purpose() == PoolPurpose.DASK_WORKER).toList();
        if (workerPools.isEmpty()) {
            if (config.allPoolsBound()) {
                problems.add(ConfigProblem.of(at.child("enabled"), "Dask Gateway needs a pool for its workers",
                        "a hubfleet:nodePools entry with purpose: dask-worker"));
            }
            return problems;
        }
        double largestCpu = 0;
        double largestMemory = 0;
        for (NodePoolConfig pool : workerPools) {
            Optional<ResolvedMachine> machine = resolve(pool, config.cloud());
            if (machine.isEmpty()) {
                return problems;
            }
            Allocatable room = Allocatable.of(config.cloud().get(), machine.get().type());
            largestCpu = Math.max(largestCpu, room.cpu());
            largestMemory = Math.max(largestMemory, room.memoryGiB());
        }
        for (int i = 0; i < dask.workerSizes().size(); i++) {
            WorkerSizeConfig size = dask.workerSizes().get(i);
            if (size.cpu() > largestCpu || size.memoryGiB() > largestMemory) {
                problems.add(ConfigProblem.of(at.child("workerSizes").index(i), size.cpu() + " vCPU / "
                        + size.memoryGiB() + " GiB does not fit any dask-worker node",
                        "at most " + largestCpu + " vCPU and " + largestMemory + " GiB"));
            }
        }
        return problems;
    }

    static Optional<ResolvedMachine> resolve(NodePoolConfig pool, Optional<Cloud> cloud) {
        if (cloud.isEmpty() || (pool.machine() == null) == (pool.machineType() == null)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MachineCatalogue.of(cloud.get()).resolve(pool.machine(), pool.machineType(), pool.gpu(),
                    pool.spot()));
        } catch (MachineResolutionException e) {
            return Optional.empty();
        }
    }
}
