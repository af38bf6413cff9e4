package io.hubfleet.components;

import io.hubfleet.config.ConfigPath;
import io.hubfleet.config.ConfigProblem;
import io.hubfleet.config.HubStackConfig;
import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.config.hub.ProfileConfig;
import io.hubfleet.helm.jupyterhub.UserPool;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a hub-only stack can only check against its cluster: that it is on that cluster's cloud, and
 * that its hubs' profiles name pools the cluster has. The offline plan checks it before the program
 * runs (a refused stack file, exit 2); a deployment checks it when it reads the cluster's outputs.
 */
public final class SharedClusterChecks {

    private SharedClusterChecks() {
    }

    public static List<ConfigProblem> problems(HubStackConfig config, Optional<HubHostContract> contract) {
        List<ConfigProblem> problems = new ArrayList<>();
        ConfigPath clusterStack = ConfigPath.key("hubfleet:clusterStack");
        if (contract.isEmpty()) {
            problems.add(ConfigProblem.of(clusterStack, config.clusterStack() + " exports no hubHost",
                    "a hubfleet cluster stack: one with hubfleet:ingress"));
            return problems;
        }
        HubHostContract host = contract.get();
        if (!host.cloud().equals(config.cloud().configName())) {
            problems.add(ConfigProblem.of(ConfigPath.key("hubfleet:cloud"), "is " + config.cloud().configName()
                    + ", but the cluster stack " + config.clusterStack() + " is on " + host.cloud(), host.cloud()));
            return problems;
        }
        List<String> pools = host.userPools(config.cloud()).stream().map(UserPool::name).toList();
        for (int i = 0; i < config.hubs().size(); i++) {
            HubConfig hub = config.hubs().get(i);
            if (hub.generatedProfiles() && pools.isEmpty()) {
                problems.add(ConfigProblem.of(ConfigPath.key("hubfleet:hubs").index(i).child("profiles"),
                        "missing: profiles are generated from the cluster's user pools, and " + config.clusterStack()
                                + " has none", "profiles declared here, or user pools in the cluster stack"));
            }
            List<ProfileConfig> declared = hub.generatedProfiles() ? List.of() : hub.profiles();
            for (int p = 0; p < declared.size(); p++) {
                ProfileConfig profile = declared.get(p);
                if (!pools.contains(profile.pool())) {
                    problems.add(ConfigProblem.of(ConfigPath.key("hubfleet:hubs").index(i).child("profiles").index(p)
                                    .child("pool"), "\"" + profile.pool() + "\" is not a user pool of the cluster stack "
                                    + config.clusterStack(), "one of " + String.join(", ", pools)));
                }
            }
        }
        return problems;
    }
}
