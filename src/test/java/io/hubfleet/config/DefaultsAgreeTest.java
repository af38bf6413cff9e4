package io.hubfleet.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.config.portable.Cloud;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every default lives once, in the published schema ({@code schema/stack.schema.json}): a property's
 * {@code default}, its {@code x-hubfleet-default-when} (a default under conditions: the cloud, or a sibling
 * key's value) and its {@code x-hubfleet-default-from} (another key's value, or a text naming the stack
 * {@code <stack>}). This test proves the rest follows it:
 * <ul>
 *   <li>the records: each fixture stack below is read through the real {@link StackConfigReader}, and for
 *       every key the fixture leaves out, the value its record resolves equals the schema's default. Schema
 *       keys map to record components by name (through {@link JsonProperty} where Java needs another name);
 *       {@link #RESOLVED} lists the few that resolve elsewhere;</li>
 *   <li>the docs: the default column of every row of docs/configuration.md (and of the settings tables of
 *       docs/components/hub.md and dask-gateway.md, where configuration.md sends hub settings) shows the
 *       schema's default, every defaulted key has a row, and no row claims a default the schema lacks.</li>
 * </ul>
 * The records keep their literals (compact constructors, {@code defaults()} factories) because they are
 * built outside the reader too; this test is what ties each literal to the schema.
 */
class DefaultsAgreeTest {

    static final JsonNode SCHEMA = StackSchema.get().document();
    static final String FROM = "x-hubfleet-default-from";
    static final String WHEN = "x-hubfleet-default-when";
    /** A value the reader does not resolve in this fixture (not read here, or not applicable). */
    static final Object SKIP = new Object();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Where a key's resolved value is not the record component of its name: schema pointer to accessor. A hub's
     * own home settings resolve over the stack's even when the hub has no {@code homeStorage} (no owner).
     */
    static final Map<String, Resolver> RESOLVED = Map.of(
            "/definitions/cluster/properties/releaseChannel",
            on(ClusterConfig.class, (cluster, walk) -> cluster.releaseChannelOrDefault()),
            "/definitions/clusterNetwork/properties/natGateways",
            on(ClusterNetworkConfig.class, (network, walk) -> network.natGatewayPerZone() ? "perZone" : "one"),
            "/definitions/alerts/properties/uptimeChecks/properties/periodSeconds",
            on(UptimeChecksConfig.class, (checks, walk) -> checks.periodSecondsOn(walk.cloud)),
            "/definitions/accountCreation/properties/displayName",
            on(AccountCreationConfig.class, (create, walk) -> create.displayNameOr(walk.stack)),
            "/definitions/hubHomeStorage/properties/capacityGiB",
            (owner, walk) -> walk.hubDisk().<Object>map(HomeDiskSettings::capacityGiB).orElse(SKIP),
            "/definitions/hubHomeStorage/properties/perUserQuotaGiB",
            (owner, walk) -> walk.hubDisk().<Object>map(HomeDiskSettings::perUserQuotaGiB).orElse(SKIP));

    /** Defaults documented in prose rather than in a table's default column: pointer to the phrase, %s the default. */
    static final Map<String, String> DOCUMENTED_IN_PROSE = Map.of(
            "/properties/config/properties/hubfleet:stage", "`%s` (the default)",
            "/definitions/gpu/properties/count", "`count` defaults to %s",
            "/definitions/maintenanceWindow/properties/exclusions/items/properties/scope", "`scope` `%s` (default");

    /** Keys whose description names a default hubfleet does not resolve from the stack file, and why. */
    static final Map<String, String> DEFAULTS_OUTSIDE_THE_FILE = Map.of(
            "/definitions/budget/properties/currency", "the billing account's currency, GCP's to choose",
            "/definitions/cluster/properties/zones", "each cloud's backend places nodes (CloudConventions, GKE's zone)");

    /** The reference, then the component pages whose settings tables name stack file keys. */
    static final List<Path> DOCS = List.of(Path.of("docs", "configuration.md"), Path.of("docs", "components", "hub.md"),
            Path.of("docs", "components", "dask-gateway.md"), Path.of("docs", "components", "cluster.md"),
            Path.of("docs", "components", "node-pool.md"), Path.of("docs", "components", "filestore.md"));

    interface Resolver {
        Object resolve(Object owner, Walk walk);
    }

    static <T> Resolver on(Class<T> type, java.util.function.BiFunction<T, Walk, Object> read) {
        return (owner, walk) -> type.isInstance(owner) ? read.apply(type.cast(owner), walk) : SKIP;
    }

    record Fixture(String name, Cloud cloud, String yaml) {
    }

    // ---------------------------------------------------------------------------------------------------
    // The fixtures: together they hold every object that has a defaulted key, with those keys left out.

    static final String GPU_POOL = "    - {name: gpu, purpose: user, machine: {cpu: 4, memoryGiB: 15}, "
            + "gpu: {type: nvidia-tesla-t4}, max: 2}\n";
    static final String PROFILES = "      profiles:\n"
            + "        - {name: small, displayName: Small, pool: user, memoryGuaranteeGiB: 4}\n"
            + "        - {name: sizes, displayName: Sizes, pool: user, resourceChoices: "
            + "[{name: s, displayName: S, memoryGuaranteeGiB: 2}]}\n"
            + "      sharedDirectories: [{name: team, groups: [\"example-org:team\"]}]\n"
            + "      events:\n"
            + "        - {name: class, start: \"2027-03-15T09:00:00-05:00\", end: \"2027-03-15T12:00:00-05:00\", "
            + "expectedUsers: 20, profile: small}\n";
    static final String MORE_HUBS = """
                - name: beta
                  domain: beta.example.org
                  auth:
                    provider: cilogon
                    clientId: id-beta
                    clientSecret: {secure: v1:beta}
                    cilogon: {identityProviders: [{entityId: "https://idp.example.edu/idp/shibboleth"}]}
                  image: {name: quay.io/jupyter/scipy-notebook, tag: "2025-06-02"}
                - name: gamma
                  domain: gamma.example.org
                  auth:
                    provider: generic-oauth
                    clientId: id-gamma
                    clientSecret: {secure: v1:gamma}
                    allowedUsers: [bob]
                    genericOAuth: {authorizeUrl: "https://id.example.org/authorize", tokenUrl: "https://id.example.org/token", userdataUrl: "https://id.example.org/userinfo"}
                  image: {name: quay.io/jupyter/scipy-notebook, tag: "2025-06-02"}
            """;

    static List<Fixture> fixtures() {
        List<Fixture> fixtures = new ArrayList<>();
        for (Cloud cloud : Cloud.values()) {
            String base = switch (cloud) {
                case GCP -> Stacks.GCP_WITH_HUB;
                case AWS -> Stacks.AWS_WITH_HUB;
                case AZURE -> Stacks.AZURE_WITH_HUB;
            };
            String dns = switch (cloud) {
                case GCP -> "{zone: example.org, managedZone: example-org}";
                case AWS -> "{zone: example.org, hostedZoneId: Z12345}";
                case AZURE -> "{zone: example.org, resourceGroup: dns}";
            };
            // A grant leaving out access and requesterPays (Azure's has no requesterPays to leave out but defaults it).
            String data = switch (cloud) {
                case GCP -> "      dataAccess: [{bucket: \"gs://shared-data\"}]\n";
                case AWS -> "      dataAccess: [{bucket: \"s3://shared-data\"}]\n";
                case AZURE -> "      dataAccess: [{storageAccount: /subscriptions/3f2504e0-4f89-41d3-9a0c-0305e82c3301/"
                        + "resourceGroups/data/providers/Microsoft.Storage/storageAccounts/shareddata}]\n";
            };
            String full = base.replace("  hubfleet:ingress:", GPU_POOL + "  hubfleet:ingress:")
                    .replace("      image: {name: quay.io/jupyter/scipy-notebook, tag: \"2025-06-02\"}\n",
                            "      image: {name: quay.io/jupyter/scipy-notebook, tag: \"2025-06-02\"}\n" + PROFILES + data)
                    + MORE_HUBS
                    + "  hubfleet:budget: {monthlyAmount: 500, emails: [ops@example.org]}\n"
                    + "  hubfleet:dns: " + dns + "\n";
            if (cloud == Cloud.GCP) {
                full = Stacks.withAccount(full, "{id: test-project, billingAccount: 012345-6789AB-CDEF01}")
                        .replace("{kubernetesVersion: \"1.33\"}", "{kubernetesVersion: \"1.33\", maintenanceWindow: "
                                + "{exclusions: [{name: exams, startUtc: \"2027-05-01T00:00:00Z\", endUtc: \"2027-05-20T00:00:00Z\"}]}}");
            }
            fixtures.add(new Fixture("everything left out", cloud, full));
            fixtures.add(new Fixture("managed homes", cloud, Stacks.managedHomes(base)));
            fixtures.add(new Fixture("premium managed homes", cloud,
                    Stacks.with(base, "  hubfleet:homeStorage: {kind: managed, tier: premium}")));
            String create = switch (cloud) {
                case GCP -> "{id: new-project, billingAccount: 012345-6789AB-CDEF01, create: {folderId: \"123\"}}";
                case AWS -> "{create: {email: aws@example.org, organizationalUnitId: ou-ab12-cdef3456}}";
                case AZURE -> "{create: {billingScope: /providers/Microsoft.Billing/billingAccounts/1}}";
            };
            fixtures.add(new Fixture("a created account", cloud, Stacks.withAccount(base, create)));
            fixtures.add(new Fixture("hub-only", cloud, Stacks.HUB_ONLY.formatted(cloud.configName(), "shared")));
        }
        return fixtures;
    }

    // ---------------------------------------------------------------------------------------------------
    // The records agree with the schema.

    @Test
    void theReaderResolvesEveryLeftOutKeyToTheSchemasDefault() {
        Set<String> covered = new TreeSet<>();
        List<String> failures = new ArrayList<>();
        for (Fixture fixture : fixtures()) {
            RawStackConfig raw = Stacks.raw(fixture.yaml());
            StackDefinition read = StackConfigReader.readAny(raw);
            Walk walk = new Walk(fixture, raw.stack(), read, covered, failures);
            walk.object("/properties/config", SCHEMA.at("/properties/config"), raw.config(), read, "");
        }
        assertThat(failures).as("keys the reader resolves to something other than the schema's default").isEmpty();
        assertThat(covered).as("every default of the schema is read by some fixture (add one that leaves the key out)")
                .containsAll(defaultCases());
    }

    @Test
    void everyDescriptionThatNamesADefaultHasItInTheSchema() {
        List<String> stated = new ArrayList<>();
        properties(SCHEMA, "", (pointer, property) -> {
            String description = property.path("description").asText("");
            boolean names = Pattern.compile("\\bdefaults?\\b(?!:? none)", Pattern.CASE_INSENSITIVE).matcher(description).find();
            if (names && !defaulted(property) && !DEFAULTS_OUTSIDE_THE_FILE.containsKey(pointer)) {
                stated.add(pointer + ": " + description);
            }
        });
        assertThat(stated).as("descriptions that state a default the schema does not hold").isEmpty();
    }

    @Test
    void theProjectsValidatorToleratesTheDefaultAnnotations() {
        // The annotations are unknown keywords to JSON Schema: the validator must ignore them, not refuse a stack.
        assertThat(SCHEMA.at("/definitions/alerts/properties/uptimeChecks/properties/periodSeconds").has(WHEN)).isTrue();
        assertThat(StackSchema.get().validate(Stacks.raw(Stacks.with(Stacks.GCP,
                "  hubfleet:alerts: {uptimeChecks: {periodSeconds: 600}}")).document())).isEmpty();
    }

    /** Every default of the schema: a pointer, and pointer#when-i for each conditional one. */
    static Set<String> defaultCases() {
        Set<String> cases = new TreeSet<>();
        properties(SCHEMA, "", (pointer, property) -> {
            if (property.has(WHEN)) {
                for (int i = 0; i < property.get(WHEN).size(); i++) {
                    cases.add(pointer + "#when-" + i);
                }
            }
            if (property.has("default") || property.has(FROM)) {
                cases.add(pointer);
            }
        });
        return cases;
    }

    interface PropertyVisitor {
        void visit(String pointer, JsonNode property);
    }

    /** Visits every property schema of the document (not inside annotations or default values). */
    static void properties(JsonNode node, String pointer, PropertyVisitor visitor) {
        if (!node.isObject() && !node.isArray()) {
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                properties(node.get(i), pointer + "/" + i, visitor);
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (key.startsWith("x-") || key.equals("default") || key.equals("enum")) {
                continue;
            }
            String child = pointer + "/" + escape(key);
            if (key.equals("properties")) {
                for (Iterator<Map.Entry<String, JsonNode>> p = field.getValue().fields(); p.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = p.next();
                    String at = child + "/" + escape(property.getKey());
                    visitor.visit(at, property.getValue());
                    properties(property.getValue(), at, visitor);
                }
            } else {
                properties(field.getValue(), child, visitor);
            }
        }
    }

    static boolean defaulted(JsonNode property) {
        return property.has("default") || property.has(FROM) || property.has(WHEN);
    }

    /** One fixture's walk over the schema, its raw stack file and the records the reader made of it. */
    static final class Walk {
        final Fixture fixture;
        final String stack;
        final Cloud cloud;
        final StackDefinition root;
        final Set<String> covered;
        final List<String> failures;
        final Deque<Object> owners = new ArrayDeque<>();

        Walk(Fixture fixture, String stack, StackDefinition root, Set<String> covered, List<String> failures) {
            this.fixture = fixture;
            this.stack = stack;
            this.cloud = fixture.cloud();
            this.root = root;
            this.covered = covered;
            this.failures = failures;
        }

        /** The resolved disk of the hub being walked, where homes are on disks in a stack with its cluster. */
        Optional<HomeDiskSettings> hubDisk() {
            if (!(root instanceof StackConfig estate) || !estate.homeStorage().disks()) {
                return Optional.empty();
            }
            return owners.stream().filter(HubConfig.class::isInstance).map(HubConfig.class::cast).findFirst()
                    .map(hub -> estate.homeStorage().diskFor(
                            hub.homeStorageOverrides(), cloud));
        }

        void object(String pointer, JsonNode schema, JsonNode raw, Object value, String keyPath) {
            owners.push(value == null ? SKIP : value);
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey();
                JsonNode property = field.getValue();
                String at = pointer + "/properties/" + escape(name);
                String path = keyPath.isEmpty() ? name : keyPath + "." + name;
                Object child = read(value, name, at);
                if (!raw.has(name) && defaulted(property)) {
                    check(at, property, schema, raw, value, child, path);
                }
                if (child == SKIP) {
                    continue;
                }
                JsonNode resolved = resolve(property);
                String target = target(property, at);
                if (resolved.has("properties")) {
                    object(target, resolved, raw.path(name), child, path);
                } else if (resolved.path("items").isObject() && child instanceof List<?> list
                        && raw.path(name).isArray() && raw.path(name).size() == list.size()) {
                    JsonNode items = resolve(resolved.get("items"));
                    if (items.has("properties")) {
                        String itemsAt = target(resolved.get("items"), target + "/items");
                        for (int i = 0; i < list.size(); i++) {
                            object(itemsAt, items, raw.path(name).get(i), list.get(i), path + "[" + i + "]");
                        }
                    }
                }
            }
            owners.pop();
        }

        /** The value the records hold for a key of an owner (null for an absent object). */
        Object read(Object owner, String name, String pointer) {
            Resolver resolver = RESOLVED.get(pointer);
            return resolver != null ? resolver.resolve(owner, this) : component(owner, name);
        }

        void check(String pointer, JsonNode property, JsonNode schema, JsonNode raw, Object owner, Object value,
                   String path) {
            if (value == SKIP) {
                return;
            }
            JsonNode expected = null;
            String id = pointer;
            JsonNode cases = property.path(WHEN);
            for (int i = 0; i < cases.size() && expected == null; i++) {
                if (matches(cases.get(i).get("when"), schema, raw)) {
                    expected = canonical(cases.get(i).get("default"));
                    id = pointer + "#when-" + i;
                }
            }
            if (expected == null && property.has(FROM)) {
                String from = property.get(FROM).asText();
                Object source;
                if (from.contains("<stack>")) {
                    source = from.replace("<stack>", stack);
                } else if (from.startsWith(RawStackConfig.NAMESPACE + ":")) {
                    source = root;
                    for (String key : from.split("\\.")) {
                        source = source == null ? null : component(source, key);
                    }
                } else {
                    source = component(owner, from);
                }
                if (source == SKIP) {
                    return;
                }
                expected = canonical(source);
            }
            if (expected == null) {
                expected = canonical(property.get("default"));
            }
            JsonNode actual = canonical(value);
            boolean absent = expected.isNull() || expected.isArray() && expected.isEmpty();
            boolean agrees = absent ? actual.isNull() || actual.isArray() && actual.isEmpty() : expected.equals(actual);
            if (!agrees) {
                failures.add(fixture.cloud().configName() + ", " + fixture.name() + ": " + path + " resolves to " + actual
                        + ", the schema's default is " + expected + " (" + id + ")");
            }
            covered.add(id);
        }

        /** Whether a conditional default's conditions hold: the cloud, or siblings' values (or their defaults). */
        boolean matches(JsonNode when, JsonNode schema, JsonNode raw) {
            for (Iterator<Map.Entry<String, JsonNode>> it = when.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> condition = it.next();
                String actual;
                if (condition.getKey().equals("hubfleet:cloud")) {
                    actual = cloud.configName();
                } else {
                    actual = raw.has(condition.getKey()) ? raw.get(condition.getKey()).asText()
                            : schema.path("properties").path(condition.getKey()).path("default").asText(null);
                }
                if (!condition.getValue().asText().equals(actual)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A record's component by its key (without the hubfleet: namespace), or SKIP when it has none. */
    static Object component(Object owner, String key) {
        if (owner == null || owner == SKIP) {
            return SKIP;
        }
        if (owner instanceof Optional<?> optional) {
            return optional.isEmpty() ? null : component(optional.get(), key);
        }
        String name = key.startsWith(RawStackConfig.NAMESPACE + ":") ? key.substring(RawStackConfig.NAMESPACE.length() + 1) : key;
        if (!owner.getClass().isRecord()) {
            return SKIP;
        }
        for (RecordComponent component : owner.getClass().getRecordComponents()) {
            JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
            if (component.getName().equals(name) || renamed != null && renamed.value().equals(name)) {
                try {
                    Object value = component.getAccessor().invoke(owner);
                    return value instanceof Optional<?> optional ? optional.orElse(null) : value;
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return SKIP;
    }

    // ---------------------------------------------------------------------------------------------------
    // The docs agree with the schema.

    /** A row of a docs table with a default column, with the schema key it describes. */
    record Row(Path doc, String keyPath, String pointer, JsonNode property, String defaultCell, String text) {
    }

    @Test
    void everyDocsRowShowsTheSchemasDefaultAndClaimsNoOther() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Row row : rows(failures)) {
            JsonNode property = row.property();
            String cell = plain(row.defaultCell());
            if (defaulted(property)) {
                String shown = shown(property);
                if (shown != null && !containsToken(cell, shown)) {
                    failures.add(row.doc() + " " + row.keyPath() + ": the default column says \"" + row.defaultCell()
                            + "\", the schema's default is " + shown);
                }
                for (JsonNode when : row.doc().equals(DOCS.get(0)) ? property.path(WHEN) : NODES.arrayNode()) {
                    if (!when.get("default").isNull() && !containsToken(plain(row.text()), render(when.get("default")))) {
                        failures.add(row.doc() + " " + row.keyPath() + ": the row does not show the default "
                                + render(when.get("default")) + " when " + when.get("when"));
                    }
                }
            } else if (!composite(row).isEmpty()) {
                for (Map.Entry<String, JsonNode> child : composite(row).entrySet()) {
                    if (!containsToken(cell, shown(child.getValue()))) {
                        failures.add(row.doc() + " " + row.keyPath() + ": the default column does not show "
                                + child.getKey() + "'s default " + shown(child.getValue()));
                    }
                }
            } else if (row.defaultCell().startsWith("`")) {
                failures.add(row.doc() + " " + row.keyPath() + ": the default column says \"" + row.defaultCell()
                        + "\", and the schema has no default");
            }
        }
        assertThat(failures).as("docs rows whose default is not the schema's").isEmpty();
    }

    @Test
    void everyDefaultOfTheSchemaIsDocumented() throws IOException {
        Set<String> documented = new TreeSet<>();
        for (Row row : rows(new ArrayList<>())) {
            documented.add(row.pointer());
            composite(row).keySet().stream().map(key -> resolvedPointer(row.pointer()) + "/properties/" + key)
                    .forEach(documented::add);
        }
        String configuration = Files.readString(DOCS.get(0));
        DOCUMENTED_IN_PROSE.forEach((pointer, phrase) -> {
            String stated = phrase.formatted(render(SCHEMA.at(pointer).get("default")));
            assertThat(configuration).as("docs/configuration.md states " + pointer + "'s default").contains(stated);
            documented.add(pointer);
        });
        Set<String> missing = new TreeSet<>();
        for (String key : defaultCases()) {
            String pointer = key.replaceAll("#.*", "");
            if (!documented.contains(pointer) && !documented.contains(resolvedPointer(pointer))) {
                missing.add(pointer);
            }
        }
        assertThat(missing).as("defaults of the schema with no row in " + DOCS).isEmpty();
    }

    /** The defaulted children of an object row whose default cell names them, such as controlPlaneLogs. */
    static Map<String, JsonNode> composite(Row row) {
        Map<String, JsonNode> children = new LinkedHashMap<>();
        resolve(row.property()).path("properties").fields().forEachRemaining(child -> {
            if (defaulted(child.getValue())) {
                children.put(child.getKey(), child.getValue());
            }
        });
        return children.keySet().stream().anyMatch(row.defaultCell()::contains) ? children : Map.of();
    }

    /** What the docs show as a key's default: its value, or the key or stack-name text it comes from. */
    static String shown(JsonNode property) {
        if (property.has("default")) {
            return render(property.get("default"));
        }
        if (property.has(FROM)) {
            return property.get(FROM).asText();
        }
        return null;
    }

    static final Pattern HEADING = Pattern.compile("^#{2,4} .*");
    static final Pattern STACK_KEY = Pattern.compile("`(hubfleet:[A-Za-z]+)(\\[])?(\\.[A-Za-z.]+)?`");
    static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    /** The rows of every table with a default column, each with the schema property of its key. */
    static List<Row> rows(List<String> failures) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Path doc : DOCS) {
            List<String> lines = Files.readAllLines(doc);
            String section = null;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                // A section names its stack file key in its heading, or in a paragraph starting "Stack file `...`".
                if (HEADING.matcher(line).matches() || line.startsWith("Stack file `")) {
                    Matcher key = STACK_KEY.matcher(line);
                    section = key.find() ? key.group(1) + (key.group(3) == null ? "" : key.group(3)) : null;
                    continue;
                }
                if (section == null || !line.startsWith("|") || i + 1 >= lines.size() || !lines.get(i + 1).startsWith("|---")) {
                    continue;
                }
                List<String> header = cells(line);
                int column = header.indexOf("default");
                if (column < 0 || !List.of("key", "setting").contains(header.get(0))) {
                    continue;
                }
                // A sub-table is introduced by a paragraph that starts with its key: `corePool` — ..., `network`:
                String prefix = section;
                int end = i - 1;
                while (end >= 0 && lines.get(end).isBlank()) {
                    end--;
                }
                int start = end;
                while (start > 0 && !lines.get(start - 1).isBlank()) {
                    start--;
                }
                if (end >= 0 && !lines.get(start).startsWith("#") && !lines.get(start).startsWith("|")) {
                    Matcher first = BACKTICKED.matcher(String.join(" ", lines.subList(start, end + 1)));
                    if (first.find() && locate(section + "." + first.group(1).replaceAll(":$", "")) != null) {
                        prefix = section + "." + first.group(1).replaceAll(":$", "");
                    }
                }
                for (i += 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
                    List<String> cells = cells(lines.get(i));
                    // A component page names a setting by its Args name, the stack file key in brackets: `minNodes` (`min`).
                    Matcher renamed = Pattern.compile("\\(`([^`]+)`\\)").matcher(cells.get(0));
                    Matcher keys = BACKTICKED.matcher(renamed.find() ? renamed.group() : cells.get(0));
                    while (keys.find()) {
                        String keyPath = prefix + "." + keys.group(1);
                        String pointer = locate(keyPath);
                        if (pointer == null) {
                            if (doc.equals(DOCS.get(0))) {
                                failures.add(doc + ": a row for " + keyPath + ", which the schema does not have");
                            }
                            continue;
                        }
                        rows.add(new Row(doc, keyPath, pointer, SCHEMA.at(pointer), cells.get(column), lines.get(i)));
                    }
                }
            }
        }
        return rows;
    }

    /** The pointer of a key path's property schema (hubfleet:hubs.profiles[].default), or null. */
    static String locate(String keyPath) {
        String[] segments = keyPath.replace("[]", "").split("\\.");
        String pointer = "/properties/config/properties/" + escape(segments[0]);
        if (SCHEMA.at(pointer).isMissingNode()) {
            return null;
        }
        for (int s = 1; s < segments.length; s++) {
            String object = resolvedPointer(pointer);
            if (resolve(SCHEMA.at(object)).path("type").asText().equals("array")) {
                object = resolvedPointer(target(SCHEMA.at(object), object) + "/items");
            }
            object = target(SCHEMA.at(object), object);
            pointer = object + "/properties/" + escape(segments[s]);
            if (SCHEMA.at(pointer).isMissingNode()) {
                return null;
            }
        }
        return pointer;
    }

    static String resolvedPointer(String pointer) {
        return target(SCHEMA.at(pointer), pointer);
    }

    static List<String> cells(String line) {
        String[] parts = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length()).split("(?<!\\\\)\\|");
        List<String> cells = new ArrayList<>();
        for (String part : parts) {
            cells.add(part.trim());
        }
        return cells;
    }

    /** Docs text without code quotes and string quotes, as defaults are compared. */
    static String plain(String text) {
        return text.replace("`", "").replace("\"", "");
    }

    static boolean containsToken(String text, String token) {
        return Pattern.compile("(?<![\\w.:/-])" + Pattern.quote(token) + "(?![\\w:/-]|\\.\\w)").matcher(text).find();
    }

    /** A default as the docs write it: 50, [50, 90, 120], {cpu: 1, memoryGiB: 8}. */
    static String render(JsonNode value) {
        JsonNode v = canonical(value);
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(item -> items.add(render(item)));
            return "[" + String.join(", ", items) + "]";
        }
        if (v.isObject()) {
            List<String> fields = new ArrayList<>();
            v.fields().forEachRemaining(f -> fields.add(f.getKey() + ": " + render(f.getValue())));
            return "{" + String.join(", ", fields) + "}";
        }
        if (v.isNumber()) {
            return v.decimalValue().toPlainString();
        }
        return v.asText();
    }

    // ---------------------------------------------------------------------------------------------------
    // Values, compared as JSON.

    /** A value of the records or of the schema as JSON, numbers compared by value and enums by config name. */
    static JsonNode canonical(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Optional<?> optional) {
            return canonical(optional.orElse(null));
        }
        if (value instanceof JsonNode node) {
            if (node.isNumber()) {
                return NODES.numberNode(normal(node.decimalValue()));
            }
            if (node.isArray()) {
                ArrayNode out = NODES.arrayNode();
                node.forEach(item -> out.add(canonical(item)));
                return out;
            }
            if (node.isObject()) {
                ObjectNode out = NODES.objectNode();
                node.fields().forEachRemaining(f -> out.set(f.getKey(), canonical(f.getValue())));
                return out;
            }
            return node;
        }
        if (value instanceof Number number) {
            return NODES.numberNode(normal(new BigDecimal(number.toString())));
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Enum<?> constant) {
            try {
                return NODES.textNode((String) constant.getClass().getMethod("configName").invoke(constant));
            } catch (ReflectiveOperationException e) {
                return NODES.textNode(constant.name().toLowerCase(Locale.ROOT));
            }
        }
        if (value instanceof Collection<?> items) {
            ArrayNode out = NODES.arrayNode();
            items.forEach(item -> out.add(canonical(item)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode out = NODES.objectNode();
            map.forEach((k, v) -> out.set(String.valueOf(k), canonical(v)));
            return out;
        }
        if (value.getClass().isRecord()) {
            ObjectNode out = NODES.objectNode();
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                out.set(component.getName(), canonical(component(value, component.getName())));
            }
            return out;
        }
        return NODES.textNode(value.toString());
    }

    static BigDecimal normal(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            current = SCHEMA.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    /** The pointer of what a schema node refers to, or its own. */
    static String target(JsonNode schema, String own) {
        String pointer = own;
        JsonNode current = schema;
        while (current.has("$ref")) {
            pointer = current.get("$ref").asText().substring(1);
            current = SCHEMA.at(pointer);
        }
        return pointer;
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
