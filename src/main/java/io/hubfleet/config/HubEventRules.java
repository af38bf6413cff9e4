package io.hubfleet.config;

import io.hubfleet.config.hub.EventConfig;
import io.hubfleet.config.hub.EventRoom;
import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.config.hub.ProfileConfig;
import io.hubfleet.machines.Allocatable;
import io.hubfleet.machines.ResolvedMachine;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hubs' events: times in ISO 8601 with an offset, the end after the start and within
 * {@link #LONGEST_EVENT} of it, names unique in the hub, a profile the hub offers (not a GPU one), and
 * room for the expected users within the pool's most nodes. Nothing here compares with the clock: a past
 * event is valid (its CronJobs never act again, docs/components/hub.md).
 */
final class HubEventRules implements StackRule {

    /** Longer than a fortnight is not an event: keep room with userPlaceholders instead. */
    static final Duration LONGEST_EVENT = Duration.ofDays(14);

    @Override
    public List<ConfigProblem> check(BoundConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (BoundConfig.Indexed<HubConfig> indexed : config.hubs()) {
            HubConfig hub = indexed.value();
            ConfigPath hubPath = BoundConfig.hub(indexed.index());
            Map<String, Integer> names = new HashMap<>();
            for (int i = 0; i < hub.events().size(); i++) {
                EventConfig event = hub.events().get(i);
                ConfigPath at = hubPath.child("events").index(i);
                Integer earlier = names.putIfAbsent(event.name(), i);
                if (earlier != null) {
                    problems.add(ConfigProblem.of(at.child("name"), "\"" + event.name()
                            + "\" is already the name of events[" + earlier + "]", "a name no other event of the hub has"));
                }
                problems.addAll(window(at, event));
                problems.addAll(room(at, hub, event, config));
            }
        }
        return problems;
    }

    private static List<ConfigProblem> window(ConfigPath at, EventConfig event) {
        List<ConfigProblem> problems = new ArrayList<>();
        Optional<OffsetDateTime> start = event.startTime();
        Optional<OffsetDateTime> end = event.endTime();
        String allowed = "ISO 8601 with an offset, such as 2027-03-15T09:00:00-05:00 or 2027-03-15T14:00:00Z";
        if (start.isEmpty()) {
            problems.add(ConfigProblem.of(at.child("start"), "\"" + event.start() + "\" is not a time with an offset", allowed));
        }
        if (end.isEmpty()) {
            problems.add(ConfigProblem.of(at.child("end"), "\"" + event.end() + "\" is not a time with an offset", allowed));
        }
        if (start.isPresent() && end.isPresent()) {
            if (!end.get().isAfter(start.get())) {
                problems.add(ConfigProblem.of(at.child("end"), event.end() + " is not after the start (" + event.start() + ")",
                        "a time after the start"));
            } else if (Duration.between(start.get(), end.get()).compareTo(LONGEST_EVENT) > 0) {
                problems.add(ConfigProblem.of(at.child("end"), "the window is "
                        + Duration.between(start.get(), end.get()).toDays() + " days long",
                        "at most " + LONGEST_EVENT.toDays() + " days after the start (for standing room, userPlaceholders)"));
            }
        }
        return problems;
    }

    private static List<ConfigProblem> room(ConfigPath at, HubConfig hub, EventConfig event, BoundConfig config) {
        Map<String, NodePoolConfig> pools = config.poolsByName();
        String poolName;
        Optional<EventRoom.PerUser> declared;
        List<String> offered;
        if (hub.generatedProfiles()) {
            offered = pools.values().stream().filter(p -> p.purpose() == PoolPurpose.USER).map(NodePoolConfig::name).toList();
            poolName = event.profile();
            declared = Optional.empty();
        } else {
            offered = hub.profiles().stream().map(ProfileConfig::name).toList();
            Optional<ProfileConfig> profile = hub.profiles().stream().filter(p -> p.name().equals(event.profile())).findFirst();
            poolName = profile.map(ProfileConfig::pool).orElse(null);
            declared = profile.map(p -> EventRoom.PerUser.of(p, hub.defaultResources()));
        }
        NodePoolConfig pool = poolName == null ? null : pools.get(poolName);
        if (pool == null || pool.purpose() != PoolPurpose.USER) {
            if (!config.allPoolsBound() && hub.generatedProfiles()) {
                return List.of();
            }
            return List.of(new ConfigProblem(at.child("profile"), "\"" + event.profile() + "\" is not a profile of the hub",
                    "one of " + (offered.isEmpty() ? "(none)" : String.join(", ", offered))
                            + (hub.generatedProfiles() ? " (generated profiles are named after the user pools)" : ""),
                    Suggestions.didYouMean(event.profile(), offered)));
        }
        Optional<ResolvedMachine> machine = HubRules.resolve(pool, config.cloud());
        if (pool.hasGpu() || machine.map(ResolvedMachine::hasGpu).orElse(false)) {
            return List.of(ConfigProblem.of(at.child("profile"), "\"" + event.profile() + "\" runs on the GPU pool "
                    + pool.name() + ": events do not hold GPU nodes", "a profile on a user pool without GPUs"));
        }
        if (machine.isEmpty()) {
            return List.of();
        }
        Allocatable node = Allocatable.of(config.cloud().get(), machine.get().type());
        EventRoom.PerUser perUser = declared.orElseGet(() -> EventRoom.smallestShare(node));
        Optional<EventRoom> room = EventRoom.of(event.expectedUsers(), perUser, node);
        if (room.isEmpty()) {
            return List.of(); // the profile does not fit its pool: HubRules says so
        }
        if (room.get().nodes() > pool.max()) {
            return List.of(ConfigProblem.of(at.child("expectedUsers"), event.expectedUsers() + " users of "
                    + event.profile() + " need " + room.get().nodes() + " nodes of pool " + pool.name() + " ("
                    + room.get().usersPerNode() + " a node), and it has at most " + pool.max(),
                    "at most " + (long) room.get().usersPerNode() * pool.max() + " users, or a larger max for pool "
                            + pool.name()));
        }
        return List.of();
    }
}
