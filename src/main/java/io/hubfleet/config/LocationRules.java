package io.hubfleet.config;

import java.util.ArrayList;
import java.util.List;

/** Region and zones must be names of the chosen cloud, and the zones must lie in the region. */
final class LocationRules implements StackRule {

    @Override
    public List<ConfigProblem> check(BoundConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (config.cloud().isEmpty()) {
            return problems;
        }
        CloudConventions conventions = CloudConventions.of(config.cloud().get());
        String cloudName = config.cloud().get().configName();
        config.region().ifPresent(region -> {
            if (!conventions.isRegion(region)) {
                problems.add(ConfigProblem.of(BoundConfig.REGION,
                        "\"" + region + "\" is not a " + cloudName + " region name", conventions.regionAllowed()));
            }
        });
        if (config.zone().isPresent() && config.region().isPresent()) {
            String region = config.region().get();
            conventions.zoneProblem(region, config.zone().get()).ifPresent(problem ->
                    problems.add(ConfigProblem.of(BoundConfig.ZONE, problem, conventions.zoneAllowed(region))));
        } else if (config.zone().isEmpty() && conventions.zoneRequired() && config.region().isPresent()) {
            problems.add(ConfigProblem.of(BoundConfig.ZONE,
                    "missing: on " + cloudName + " the zonal cluster and home storage need a zone",
                    conventions.zoneAllowed(config.region().get())));
        }
        if (config.cluster().isPresent() && config.region().isPresent()) {
            List<String> zones = config.cluster().get().zones();
            ConfigPath zonesPath = BoundConfig.CLUSTER.child("zones");
            for (int i = 0; i < zones.size(); i++) {
                int index = i;
                conventions.zoneProblem(config.region().get(), zones.get(i)).ifPresent(problem -> problems.add(
                        ConfigProblem.of(zonesPath.index(index), problem, conventions.zoneAllowed(config.region().get()))));
            }
            if (!zones.isEmpty() && zones.size() < conventions.minimumZones()) {
                problems.add(ConfigProblem.of(zonesPath, "EKS needs subnets in at least "
                        + conventions.minimumZones() + " zones, got " + zones.size(),
                        "at least " + conventions.minimumZones() + " zones of " + config.region().get()));
            }
        }
        return problems;
    }
}
