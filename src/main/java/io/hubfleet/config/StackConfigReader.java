package io.hubfleet.config;

import io.hubfleet.config.portable.SecretValue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.config.portable.Cloud;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place a stack file becomes a {@link StackConfig}. In order: the published JSON Schema
 * ({@link StackSchema}) checks structure, each part binds to its record (defaults resolve in the
 * records), then the consistency rules run on every part that bound. Every problem is collected and
 * reported together; nothing is registered with Pulumi unless there are none.
 */
public final class StackConfigReader {

    private static final ObjectMapper BINDER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private static final List<StackRule> RULES = List.of(
            new LocationRules(), new AccountRules(), new ClusterRules(), new NodePoolRules(), new HomeStorageRules(), new HubRules(), new GroupRules(), new HubEventRules(), new DataAccessRules(),
            new IngressRules(), new HubStackRules(), new AlertsRules(), new SecretPositionRules());

    private StackConfigReader() {
    }

    /** The records a stack file's parts bind to (readAny). */
    private static final List<Class<?>> BOUND = List.of(NodePoolConfig.class, HubConfig.class, AccountConfig.class,
            BudgetConfig.class, ClusterConfig.class, HomeStorageConfig.class, IngressConfig.class, DnsConfig.class,
            MonitoringConfig.class, AlertsConfig.class);

    /**
     * Sets up what reading any stack file needs, without reading one: the published schema, compiled,
     * and the binder's deserializers for every record (Jackson builds them by reflection on first use,
     * and caches them). A cold run spends about 0.1 s of CPU on this, and nothing in it depends on the
     * input, so the CLI and the program do it on a second thread while the first parses the command
     * line or the environment (docs/performance.md). Safe to call from any thread, any number of times.
     */
    public static void prepare() {
        StackSchema.get();
        for (Class<?> type : BOUND) {
            BINDER.readerFor(type);
        }
    }

    /**
     * {@link #prepare()} on a daemon thread; a failure there is left for the reading thread to meet
     * (and report) as it would have without it.
     */
    public static void prepareInBackground() {
        Thread thread = new Thread(() -> {
            try {
                prepare();
            } catch (RuntimeException | LinkageError e) {
                // the reading thread meets the same failure where it is reported properly
            }
        }, "hubfleet-prepare");
        thread.setDaemon(true);
        thread.start();
    }

    /** Validates and binds an estate's stack file; a hub-only stack is refused. */
    public static StackConfig read(RawStackConfig raw) {
        StackDefinition definition = readAny(raw);
        if (definition instanceof StackConfig estate) {
            return estate;
        }
        throw new InvalidStackConfigException(raw.origin(), List.of(ConfigProblem.of(BoundConfig.CLUSTER_STACK,
                "this is a hub-only stack", "a stack file that makes its own cluster")));
    }

    /** Validates and binds any stack file; throws {@link InvalidStackConfigException} listing every problem. */
    public static StackDefinition readAny(RawStackConfig raw) {
        List<ConfigProblem> problems = new ArrayList<>(StackSchema.get().validate(raw.document()));
        problems.addAll(namespaceTypos(raw));
        problems.addAll(ControlCharacters.check(raw));
        Binder binder = new Binder(raw, problems);
        List<BoundConfig.Indexed<NodePoolConfig>> pools = binder.list("hubfleet:nodePools", NodePoolConfig.class);
        boolean allPoolsBound = binder.listComplete;
        List<BoundConfig.Indexed<HubConfig>> hubs = binder.list("hubfleet:hubs", HubConfig.class);
        Optional<String> clusterStack = binder.scalar("hubfleet:clusterStack", Function.identity());
        // On a shared cluster the pools are the cluster stack's: checks that need them happen when it is read.
        allPoolsBound = allPoolsBound && clusterStack.isEmpty();
        BoundConfig bound = new BoundConfig(
                raw.stack(),
                binder.scalar("hubfleet:cloud", Cloud::fromConfigName),
                binder.scalar("hubfleet:region", Function.identity()),
                binder.scalar("hubfleet:zone", Function.identity()),
                binder.object("hubfleet:account", AccountConfig.class),
                binder.object("hubfleet:budget", BudgetConfig.class),
                binder.object("hubfleet:cluster", ClusterConfig.class),
                pools,
                allPoolsBound,
                binder.object("hubfleet:homeStorage", HomeStorageConfig.class),
                binder.object("hubfleet:ingress", IngressConfig.class),
                binder.object("hubfleet:dns", DnsConfig.class),
                binder.object("hubfleet:monitoring", MonitoringConfig.class),
                binder.object("hubfleet:alerts", AlertsConfig.class),
                hubs,
                clusterStack,
                raw);
        for (StackRule rule : RULES) {
            problems.addAll(rule.check(bound));
        }
        if (!problems.isEmpty()) {
            throw new InvalidStackConfigException(raw.origin(), SecretRedaction.redact(problems, raw));
        }
        DeployStage stage = binder.scalar("hubfleet:stage", DeployStage::fromConfigName).orElse(DeployStage.PRODUCTION);
        if (bound.hubOnly()) {
            return new HubStackConfig(raw.stack(), bound.cloud().orElseThrow(), stage, bound.clusterStack().get(),
                    bound.dns(), bound.alerts().orElseGet(AlertsConfig::defaults),
                    bound.hubs().stream().map(BoundConfig.Indexed::value).toList());
        }
        ClusterConfig cluster = bound.cluster().orElseThrow();
        return new StackConfig(
                raw.stack(),
                bound.cloud().orElseThrow(),
                bound.region().orElseThrow(),
                bound.zone(),
                stage,
                bound.account().orElseThrow(),
                bound.budget(),
                cluster.name() == null ? cluster.withName(raw.stack()) : cluster,
                bound.nodePools().stream().map(BoundConfig.Indexed::value).toList(),
                bound.homeStorage().orElseGet(HomeStorageConfig::defaults).resolvedFor(bound.cloud().orElseThrow()),
                bound.ingress(),
                bound.dns(),
                bound.monitoring().orElseGet(MonitoringConfig::defaults),
                bound.alerts().orElseGet(AlertsConfig::defaults)
                        .withDefaultEmails(bound.budget().map(BudgetConfig::emails).orElse(List.of())),
                bound.hubs().stream().map(BoundConfig.Indexed::value).toList());
    }

    /** {@code hubflet:cloud} is almost certainly meant for hubfleet, though the schema allows other namespaces. */
    private static List<ConfigProblem> namespaceTypos(RawStackConfig raw) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (Iterator<String> it = raw.config().fieldNames(); it.hasNext(); ) {
            String key = it.next();
            int colon = key.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String namespace = key.substring(0, colon);
            if (!namespace.equals(RawStackConfig.NAMESPACE)
                    && Suggestions.closest(namespace, List.of(RawStackConfig.NAMESPACE)).isPresent()) {
                String meant = RawStackConfig.NAMESPACE + key.substring(colon);
                problems.add(ConfigProblem.of(ConfigPath.key(key), "unknown namespace \"" + namespace + "\"",
                        "hubfleet: for hubfleet's keys").withSuggestion("Did you mean \"" + meant + "\"?"));
            }
        }
        return problems;
    }

    /** Binds the parts of the config that have no structural problem. */
    private static final class Binder {
        private final RawStackConfig raw;
        private final List<ConfigProblem> problems;
        private boolean listComplete = true;

        Binder(RawStackConfig raw, List<ConfigProblem> problems) {
            this.raw = raw;
            this.problems = problems;
        }

        /**
         * Whether the part at the path can be bound. An unknown key does not stop it (the key is left out,
         * and the part's own checks still run, so every problem is reported in one pass); any other
         * structural problem does.
         */
        private boolean clean(ConfigPath path) {
            return problems.stream().filter(p -> !isUnknownKey(p)).noneMatch(p -> p.path().startsWith(path));
        }

        private static boolean isUnknownKey(ConfigProblem problem) {
            return problem.problem().equals("unknown key");
        }

        /** The node without the keys the schema reported as unknown under the path. */
        private JsonNode withoutUnknownKeys(JsonNode node, ConfigPath path) {
            List<ConfigPath> unknown = problems.stream().filter(StackConfigReader.Binder::isUnknownKey)
                    .map(ConfigProblem::path).filter(p -> p.startsWith(path) && !p.equals(path)).toList();
            if (unknown.isEmpty()) {
                return node;
            }
            JsonNode copy = node.deepCopy();
            for (ConfigPath key : unknown) {
                JsonNode parent = copy;
                List<Object> segments = key.segments().subList(path.segments().size(), key.segments().size());
                for (int i = 0; i < segments.size() - 1 && parent != null; i++) {
                    Object segment = segments.get(i);
                    parent = segment instanceof Integer index ? parent.get(index) : parent.get((String) segment);
                }
                if (parent instanceof com.fasterxml.jackson.databind.node.ObjectNode object
                        && segments.get(segments.size() - 1) instanceof String field) {
                    object.remove(field);
                }
            }
            return copy;
        }

        <T> Optional<T> scalar(String key, Function<String, T> convert) {
            JsonNode node = raw.config().get(key);
            ConfigPath path = ConfigPath.key(key);
            if (node == null || !node.isTextual() || !clean(path)) {
                return Optional.empty();
            }
            return Optional.of(convert.apply(node.asText()));
        }

        <T> Optional<T> object(String key, Class<T> type) {
            JsonNode node = raw.config().get(key);
            ConfigPath path = ConfigPath.key(key);
            if (node == null || !clean(path)) {
                return Optional.empty();
            }
            return bind(withoutUnknownKeys(node, path), type, path, "/config/" + key);
        }

        <T> List<BoundConfig.Indexed<T>> list(String key, Class<T> type) {
            JsonNode node = raw.config().get(key);
            ConfigPath path = ConfigPath.key(key);
            List<BoundConfig.Indexed<T>> items = new ArrayList<>();
            if (node == null) {
                return items;
            }
            if (!(node instanceof ArrayNode array)) {
                listComplete = false;
                return items;
            }
            for (int i = 0; i < array.size(); i++) {
                ConfigPath itemPath = path.index(i);
                int index = i;
                if (clean(itemPath)) {
                    bind(withoutUnknownKeys(array.get(i), itemPath), type, itemPath, "/config/" + key + "/" + i)
                            .ifPresent(v -> items.add(new BoundConfig.Indexed<>(index, v)));
                }
            }
            listComplete = items.size() == array.size();
            return items;
        }

        private <T> Optional<T> bind(JsonNode node, Class<T> type, ConfigPath path, String pointer) {
            try {
                // Secret values remember where they were, for the check that they were set as secrets.
                return Optional.of(BINDER.readerFor(type).withAttribute(SecretValue.BASE_POINTER, pointer)
                        .readValue(node));
            } catch (java.io.IOException | IllegalArgumentException e) {
                // The schema should have caught this; report it rather than fail obscurely.
                ConfigPath at = path;
                if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping) {
                    for (com.fasterxml.jackson.databind.JsonMappingException.Reference ref : mapping.getPath()) {
                        at = ref.getFieldName() != null ? at.child(ref.getFieldName()) : at.index(ref.getIndex());
                    }
                }
                String message = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                        ? mapping.getOriginalMessage() : e.getMessage();
                problems.add(ConfigProblem.of(at, "cannot be read: " + firstLine(message),
                        "what docs/configuration.md describes for " + at));
                return Optional.empty();
            }
        }

        /** The binder's message without Java's vocabulary (class names, reference chains). */
        private static String firstLine(String message) {
            String line = message == null ? "" : message.lines().findFirst().orElse(message);
            String cleaned = line.replaceAll("\\s*\\(through reference chain:.*$", "")
                    .replaceAll("\\s*\\(was [a-zA-Z.$]+\\)", "")
                    .replaceAll("`?[a-z]+(\\.[a-z]+)+\\.[A-Z][\\w$]*`?", "a value")
                    .trim();
            return cleaned.isEmpty() ? "a value of the wrong shape" : cleaned;
        }
    }
}
