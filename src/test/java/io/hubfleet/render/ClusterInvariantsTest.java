package io.hubfleet.render;

import io.hubfleet.config.portable.Cloud;
import io.hubfleet.machines.Allocatable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a real cluster would say about each example estate (a cluster stack with its hub-only stacks),
 * read from every release rendered by its real chart and every object of the plans: the questions
 * Helm, the scheduler and the network ask when the estate comes up.
 */
class ClusterInvariantsTest {

    static List<Estate> estates() {
        return Estate.examples();
    }

    @BeforeEach
    void charts() {
        Upstream.assumeCharts();
    }

    /** Helm refuses a release whose object another release (or the program) already owns. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("estates")
    void noTwoOwnersMakeTheSameObject(Estate estate) {
        Map<String, Set<String>> owners = new TreeMap<>();
        for (StackObjects.Origin origin : estate.objects()) {
            String key = origin.kind() + " " + (ClusterScope.isClusterScoped(origin.object()) ? "" : origin.namespace() + "/")
                    + origin.name();
            owners.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(origin.urn());
        }
        List<String> clashes = new ArrayList<>();
        owners.forEach((object, by) -> {
            if (by.size() > 1) {
                clashes.add(object + " is made by " + String.join(" and ", by.stream()
                        .map(urn -> urn.substring("urn:pulumi:".length(), urn.indexOf("::")) + "/"
                                + urn.substring(urn.lastIndexOf("::") + 2)).toList()));
            }
        });
        assertThat(clashes).as(estate.toString()).isEmpty();
    }

    /**
     * A pod lands only on pools whose labels its node selector and required affinity accept, and only
     * if it tolerates their taints: every pod must have such a pool, and tolerate every pool it selects.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("estates")
    void everyPodToleratesThePoolsItSelects(Estate estate) {
        List<String> problems = new ArrayList<>();
        for (PodShape pod : PodShapes.of(estate)) {
            List<Pool> selected = estate.pools().stream().filter(pod::mayRunOn).toList();
            if (selected.isEmpty() && !pod.daemonSet()) {
                problems.add(pod.what() + ": no pool has the labels it selects (" + pod.nodeSelector() + " "
                        + pod.requiredTerms() + ")");
            }
            for (Pool pool : selected) {
                List<Pool.Taint> untolerated = pod.untolerated(pool);
                if (!untolerated.isEmpty()) {
                    problems.add(pod.what() + ": selects pool " + pool.name() + " but does not tolerate " + untolerated);
                }
            }
        }
        assertThat(problems).as(estate.toString()).isEmpty();
    }

    /**
     * Every user server choice and Dask worker size fits a node of every pool it may land on: its
     * guarantee is at most the node's allocatable (measured by 2i2c where the catalogue lists it, the
     * fitted formula where not) less what the DaemonSets on that node request (the cloud's own, measured,
     * and the estate's own, as rendered).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("estates")
    void everyUserPodFitsTheNodesItLandsOn(Estate estate) {
        Cloud cloud = Cloud.fromConfigName(estate.cloud());
        List<PodShape> pods = PodShapes.of(estate);
        List<PodShape> daemonSets = pods.stream().filter(PodShape::daemonSet).toList();
        List<String> problems = new ArrayList<>();
        for (PodShape pod : pods.stream().filter(PodShape::userCode).toList()) {
            List<Pool> landsOn = estate.pools().stream().filter(pod::mayRunOn).filter(p -> pod.untolerated(p).isEmpty())
                    .toList();
            if (landsOn.isEmpty()) {
                problems.add(pod.what() + ": lands on no pool");
            }
            for (Pool pool : landsOn) {
                // The cloud's own DaemonSets as measured (the catalogue's figures), and the estate's as rendered.
                double dsCpu = io.hubfleet.machines.MachineCatalogue.of(cloud).daemonSetRequests().cpu();
                double dsMemory = io.hubfleet.machines.MachineCatalogue.of(cloud).daemonSetRequests().memoryGiB();
                for (PodShape daemon : daemonSets) {
                    if (daemon.mayRunOn(pool) && daemon.untolerated(pool).isEmpty()) {
                        dsCpu += daemon.cpu();
                        dsMemory += daemon.memoryGiB();
                    }
                }
                for (String type : pool.machineTypes()) {
                    Allocatable node = Allocatable.kubeletAllocatable(cloud, io.hubfleet.machines.MachineCatalogue.of(cloud)
                            .find(type).orElseThrow());
                    double cpu = node.cpu() - dsCpu;
                    double memory = node.memoryGiB() - dsMemory;
                    if (pod.cpu() > cpu + 1e-9 || pod.memoryGiB() > memory + 1e-9) {
                        problems.add(String.format("%s: guarantees %.2f CPU, %.2f GiB on pool %s, whose %s nodes leave "
                                        + "%.2f CPU, %.2f GiB after DaemonSets (%.2f CPU, %.2f GiB)", pod.what(), pod.cpu(),
                                pod.memoryGiB(), pool.name(), type, cpu, memory, dsCpu, dsMemory));
                    }
                }
                if (pod.gpus() > pool.gpus()) {
                    problems.add(pod.what() + ": asks for " + pod.gpus() + " GPUs on pool " + pool.name() + ", whose nodes have "
                            + pool.gpus());
                }
            }
        }
        assertThat(problems).as(estate.toString()).isEmpty();
    }

    /**
     * Code users choose runs as the hub's user service account (which carries its cloud identity and
     * nothing else) and under a network policy that limits both what reaches it and what it reaches.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("estates")
    void userCodeRunsAsTheHubsUserAccountUnderANetworkPolicy(Estate estate) {
        List<String> problems = new ArrayList<>();
        for (PodShape pod : PodShapes.of(estate).stream().filter(PodShape::userCode).toList()) {
            if (!pod.serviceAccount().equals(io.hubfleet.components.Hub.USER_SERVICE_ACCOUNT)) {
                problems.add(pod.what() + ": runs as service account " + pod.serviceAccount() + ", not "
                        + io.hubfleet.components.Hub.USER_SERVICE_ACCOUNT);
            }
            Set<String> directions = new java.util.TreeSet<>();
            for (StackObjects.Origin policy : estate.objects()) {
                if (policy.kind().equals("NetworkPolicy") && policy.namespace().equals(pod.namespace())
                        && LabelSelector.matches(policy.object().at("/spec/podSelector"), pod.labels())) {
                    policy.object().at("/spec/policyTypes").forEach(t -> directions.add(t.asText()));
                }
            }
            if (!directions.containsAll(List.of("Ingress", "Egress"))) {
                problems.add(pod.what() + ": no network policy limits its " + (directions.isEmpty() ? "ingress and egress"
                        : directions.contains("Ingress") ? "egress" : "ingress") + " (labels " + pod.labels() + ")");
            }
        }
        assertThat(problems).as(estate.toString()).isEmpty();
    }

    /**
     * A pod with a ReadWriteOnce claim follows its disk, which is zonal on every cloud hubfleet uses: it
     * must only be able to run in one zone, or after a node replacement in another zone it never starts.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("estates")
    void podsWithZonalDisksRunInOneZone(Estate estate) {
        Map<String, com.fasterxml.jackson.databind.JsonNode> claims = new TreeMap<>();
        for (StackObjects.Origin origin : estate.objects()) {
            if (origin.kind().equals("PersistentVolumeClaim")) {
                claims.put(origin.namespace() + "/" + origin.name(), origin.object());
            }
        }
        List<String> problems = new ArrayList<>();
        for (StackObjects.Origin origin : estate.objects()) {
            com.fasterxml.jackson.databind.JsonNode spec = origin.object().at("/spec/template/spec");
            if (spec.isMissingNode()) {
                continue;
            }
            boolean zonal = origin.object().at("/spec/volumeClaimTemplates").size() > 0;
            for (com.fasterxml.jackson.databind.JsonNode volume : spec.path("volumes")) {
                com.fasterxml.jackson.databind.JsonNode claim = claims.get(origin.namespace() + "/"
                        + volume.at("/persistentVolumeClaim/claimName").asText());
                if (claim != null && claim.at("/spec/accessModes").toString().contains("ReadWriteOnce")) {
                    zonal = true;
                }
            }
            if (!zonal) {
                continue;
            }
            PodShape pod = PodShape.of(origin.stack(), origin.kind() + " " + origin.namespace() + "/" + origin.name(),
                    origin.namespace(), origin.object().at("/spec/template/metadata/labels"), spec, false);
            Set<String> zones = new java.util.TreeSet<>();
            estate.pools().stream().filter(p -> pod.untolerated(p).isEmpty()).forEach(p -> zones.addAll(pod.zonesOf(p)));
            if (zones.size() != 1) {
                problems.add(pod.what() + " mounts a zonal disk but may run in zones " + zones);
            }
        }
        assertThat(problems).as(estate.toString()).isEmpty();
    }

    /** A custom resource is accepted only once its CRD is: the release installing it comes first. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("estates")
    void customResourcesComeAfterTheReleaseThatInstallsTheirCrd(Estate estate) {
        List<String> problems = new ArrayList<>();
        for (StackObjects.Origin origin : estate.objects()) {
            String group = KubernetesApi.group(origin.object().path("apiVersion").asText());
            if (KubernetesApi.BUILT_IN_GROUPS.contains(group)) {
                continue;
            }
            String kind = origin.kind();
            List<ReleaseView> installers = new ArrayList<>();
            for (ReleaseView release : ReleaseView.of(estate)) {
                boolean ships = KubernetesApi.chartShipping(group, kind)
                        .filter(folder -> folder.equals(release.chart() + "-" + release.version())).isPresent();
                boolean renders = estate.objects().stream().anyMatch(o -> o.urn().equals(release.resource().urn())
                        && o.kind().equals("CustomResourceDefinition")
                        && o.object().at("/spec/group").asText().equals(group)
                        && o.object().at("/spec/names/kind").asText().equals(kind));
                if (ships || renders) {
                    installers.add(release);
                }
            }
            if (installers.isEmpty()) {
                problems.add(origin.stack() + "/" + origin.resource() + ": no release installs the CRD of " + group + " " + kind);
                continue;
            }
            io.hubfleet.plan.Plan plan = estate.planOf(origin);
            io.hubfleet.plan.PlanResource maker = plan.byUrn(origin.urn()).orElseThrow();
            boolean ordered = installers.stream().anyMatch(installer -> installer.resource() == maker
                    ? KubernetesApi.chartShipping(group, kind).isPresent()
                    : !installer.stack().equals(origin.stack()) || Dependencies.after(plan, maker, installer.resource()));
            if (!ordered) {
                problems.add(origin.stack() + "/" + origin.resource() + " makes " + kind + " " + origin.namespace() + "/"
                        + origin.name() + " without waiting for " + installers.get(0));
            }
        }
        assertThat(problems).as(estate.toString()).isEmpty();
    }

    /**
     * Secrets that hooks make, which helm-java does not print: Envoy Gateway's certgen Job (a pre-install
     * hook, gateway-helm templates/certgen.yaml) writes its control plane's and proxies' certificates.
     */
    static final Map<String, Set<String>> HOOK_SECRETS = Map.of(
            "gateway-helm", Set.of("envoy-gateway", "envoy", "envoy-rate-limit", "envoy-oidc-hmac"));

    /**
     * Every Secret a release's pods need (not marked optional) exists when the release installs: the
     * release makes it, one of its hooks does, or the resource making it is one the release waits for.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("estates")
    void secretsAReleaseNeedsExistBeforeItInstalls(Estate estate) {
        List<String> problems = new ArrayList<>();
        for (ReleaseView release : ReleaseView.of(estate)) {
            List<StackObjects.Origin> own = estate.objects().stream()
                    .filter(o -> o.urn().equals(release.resource().urn())).toList();
            for (StackObjects.Origin workload : own) {
                com.fasterxml.jackson.databind.JsonNode spec = workload.object().at("/spec/template/spec");
                for (String secret : SecretReferences.required(spec)) {
                    String namespace = workload.namespace();
                    boolean ownSecret = own.stream().anyMatch(o -> o.kind().equals("Secret") && o.name().equals(secret)
                            && o.namespace().equals(namespace));
                    boolean hooked = HOOK_SECRETS.getOrDefault(release.chart(), Set.of()).contains(secret)
                            && namespace.equals(release.namespace());
                    boolean waitedFor = estate.objects().stream().filter(o -> o.kind().equals("Secret")
                                    && o.name().equals(secret) && o.namespace().equals(namespace) && o.stack().equals(release.stack()))
                            .anyMatch(o -> Dependencies.before(release.plan(), release.resource()).contains(o.urn()));
                    if (!ownSecret && !hooked && !waitedFor) {
                        problems.add(release + ": " + workload.kind() + " " + workload.name() + " needs Secret " + namespace
                                + "/" + secret + ", which nothing the release waits for makes");
                    }
                }
            }
        }
        assertThat(problems).as(estate.toString()).isEmpty();
    }

    /**
     * Each Dask Gateway's traefik routes the clusters labelled with its instance, in every namespace
     * (--providers.kubernetescrd.allowcrossnamespace with a label selector, the chart's
     * templates/traefik/deployment.yaml): on a shared cluster every gateway needs an instance of its own.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("estates")
    void everyDaskGatewayRoutesOnlyItsOwnHubsClusters(Estate estate) {
        Map<String, List<String>> byInstance = new TreeMap<>();
        for (ReleaseView release : ReleaseView.of(estate)) {
            if (release.chart().equals("dask-gateway")) {
                byInstance.computeIfAbsent(PodShapes.daskInstance(release), k -> new ArrayList<>()).add(release.toString());
            }
        }
        byInstance.values().removeIf(releases -> releases.size() < 2);
        assertThat(byInstance).as(estate.toString()).isEmpty();
    }

    /**
     * Every HTTPS listener can get its certificate: cert-manager's gateway-shim makes the Certificate in
     * the Gateway's namespace, and the HTTP-01 solver puts its challenge HTTPRoute there, attached to the
     * parents the issuer names (cert-manager.io/docs/configuration/acme/http01/#configuring-the-http-01-gateway-api-solver).
     * The parent listener must admit a route from that namespace, and be the listener Envoy picks for the
     * domain on port 80 (Envoy Gateway merges the Gateways of a class: the most specific hostname wins).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("estates")
    void everyHttpsListenerCanGetItsCertificate(Estate estate) {
        List<StackObjects.Origin> gateways = estate.objects().stream().filter(o -> o.kind().equals("Gateway")).toList();
        List<String> problems = new ArrayList<>();
        for (StackObjects.Origin gateway : gateways) {
            com.fasterxml.jackson.databind.JsonNode annotations = gateway.object().at("/metadata/annotations");
            String clusterIssuer = annotations.path("cert-manager.io/cluster-issuer").asText("");
            String issuerName = annotations.path("cert-manager.io/issuer").asText("");
            if (clusterIssuer.isEmpty() && issuerName.isEmpty()) {
                continue;
            }
            java.util.Optional<StackObjects.Origin> issuer = estate.objects().stream().filter(o -> clusterIssuer.isEmpty()
                    ? o.kind().equals("Issuer") && o.name().equals(issuerName) && o.namespace().equals(gateway.namespace())
                    : o.kind().equals("ClusterIssuer") && o.name().equals(clusterIssuer)).findFirst();
            if (issuer.isEmpty()) {
                problems.add("Gateway " + gateway.namespace() + "/" + gateway.name() + " names issuer "
                        + clusterIssuer + issuerName + ", which the estate does not make");
                continue;
            }
            for (com.fasterxml.jackson.databind.JsonNode listener : gateway.object().at("/spec/listeners")) {
                if (listener.at("/tls/certificateRefs").isEmpty()) {
                    continue;
                }
                String domain = listener.path("hostname").asText();
                String what = "Gateway " + gateway.namespace() + "/" + gateway.name() + " listener " + listener.path("name").asText()
                        + " (" + domain + ")";
                com.fasterxml.jackson.databind.JsonNode parents = issuer.get().object()
                        .at("/spec/acme/solvers/0/http01/gatewayHTTPRoute/parentRefs");
                if (parents.isEmpty()) {
                    problems.add(what + ": its issuer has no Gateway API HTTP-01 solver");
                    continue;
                }
                for (com.fasterxml.jackson.databind.JsonNode parent : parents) {
                    String parentNamespace = parent.path("namespace").asText(gateway.namespace());
                    java.util.Optional<StackObjects.Origin> parentGateway = gateways.stream()
                            .filter(g -> g.name().equals(parent.path("name").asText()) && g.namespace().equals(parentNamespace))
                            .findFirst();
                    java.util.Optional<com.fasterxml.jackson.databind.JsonNode> parentListener = parentGateway.flatMap(g -> {
                        for (com.fasterxml.jackson.databind.JsonNode l : g.object().at("/spec/listeners")) {
                            if (l.path("name").asText().equals(parent.path("sectionName").asText())) {
                                return java.util.Optional.of(l);
                            }
                        }
                        return java.util.Optional.empty();
                    });
                    if (parentListener.isEmpty()) {
                        problems.add(what + ": the challenge route's parent " + parentNamespace + "/" + parent.path("name").asText()
                                + " " + parent.path("sectionName").asText() + " does not exist");
                        continue;
                    }
                    com.fasterxml.jackson.databind.JsonNode http = parentListener.get();
                    if (!admits(estate, parentNamespace, http, gateway.namespace())) {
                        problems.add(what + ": the challenge route in namespace " + gateway.namespace() + " is not admitted by "
                                + parentNamespace + "/" + parent.path("name").asText() + " listener " + http.path("name").asText()
                                + " (allowedRoutes " + http.path("allowedRoutes") + ")");
                    }
                    String chosen = mostSpecificHttpListener(gateways, domain);
                    String attached = parentNamespace + "/" + parent.path("name").asText() + "/" + http.path("name").asText();
                    if (!chosen.equals(attached)) {
                        problems.add(what + ": port 80 requests for " + domain + " reach listener " + chosen
                                + ", not the challenge route's " + attached);
                    }
                }
            }
        }
        assertThat(problems).as(estate.toString()).isEmpty();
    }

    private static boolean admits(Estate estate, String gatewayNamespace, com.fasterxml.jackson.databind.JsonNode listener,
                                  String routeNamespace) {
        com.fasterxml.jackson.databind.JsonNode namespaces = listener.at("/allowedRoutes/namespaces");
        String from = namespaces.path("from").asText("Same");
        return switch (from) {
            case "All" -> true;
            case "Same" -> gatewayNamespace.equals(routeNamespace);
            case "Selector" -> {
                Map<String, String> labels = new TreeMap<>();
                labels.put("kubernetes.io/metadata.name", routeNamespace);
                estate.objects().stream().filter(o -> o.kind().equals("Namespace") && o.name().equals(routeNamespace))
                        .forEach(o -> labels.putAll(PodShape.strings(o.object().at("/metadata/labels"))));
                yield LabelSelector.matches(namespaces.path("selector"), labels);
            }
            default -> false;
        };
    }

    /** The HTTP port-80 listener of the merged Gateways whose hostname matches the domain most specifically. */
    private static String mostSpecificHttpListener(List<StackObjects.Origin> gateways, String domain) {
        String best = "none";
        int bestScore = -1;
        for (StackObjects.Origin gateway : gateways) {
            for (com.fasterxml.jackson.databind.JsonNode listener : gateway.object().at("/spec/listeners")) {
                if (!listener.path("protocol").asText().equals("HTTP") || listener.path("port").asInt() != 80) {
                    continue;
                }
                String hostname = listener.path("hostname").asText("");
                int score = hostname.isEmpty() ? 0 : hostname.equals(domain) ? 2
                        : hostname.startsWith("*.") && domain.endsWith(hostname.substring(1)) ? 1 : -1;
                if (score > bestScore) {
                    bestScore = score;
                    best = gateway.namespace() + "/" + gateway.name() + "/" + listener.path("name").asText();
                }
            }
        }
        return best;
    }

    /** An object in a namespace the estate makes is created after that namespace. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("estates")
    void namespacedObjectsComeAfterTheirNamespace(Estate estate) {
        List<String> problems = new ArrayList<>();
        for (StackObjects.Origin origin : estate.objects()) {
            if (origin.fromRelease() || origin.namespace().isEmpty()) {
                continue;
            }
            io.hubfleet.plan.Plan plan = estate.planOf(origin);
            for (StackObjects.Origin namespace : estate.objects()) {
                if (namespace.kind().equals("Namespace") && namespace.name().equals(origin.namespace())
                        && namespace.stack().equals(origin.stack()) && !namespace.urn().equals(origin.urn())
                        && !Dependencies.before(plan, plan.byUrn(origin.urn()).orElseThrow()).contains(namespace.urn())) {
                    problems.add(origin.stack() + "/" + origin.resource() + ": " + origin.kind() + " " + origin.namespace() + "/"
                            + origin.name() + " does not wait for its namespace");
                }
            }
        }
        for (ReleaseView release : ReleaseView.of(estate)) {
            if (release.resource().input("/createNamespace").asBoolean(false)) {
                continue;
            }
            for (StackObjects.Origin namespace : estate.objects()) {
                if (namespace.kind().equals("Namespace") && namespace.name().equals(release.namespace())
                        && namespace.stack().equals(release.stack())
                        && !Dependencies.before(release.plan(), release.resource()).contains(namespace.urn())) {
                    problems.add(release + " does not wait for its namespace");
                }
            }
        }
        assertThat(problems).as(estate.toString()).isEmpty();
    }

    /**
     * User code gets its own cloud identity, never the node's. On GKE the metadata server gives pods their
     * Workload Identity token (169.254.169.254:80, and with Dataplane V2 169.254.169.252:988) and conceals
     * the node's credentials: every policy-selected user pod must reach it, and no iptables rule may cut
     * it off. On EKS and AKS the instance metadata service gives out the node's identity: no policy may
     * let user pods reach 169.254.169.254:80.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("estates")
    void userCodeReachesItsOwnCloudIdentityButNotTheNodes(Estate estate) {
        boolean gke = estate.cloud().equals("gcp");
        List<String> problems = new ArrayList<>();
        for (PodShape pod : PodShapes.of(estate).stream().filter(PodShape::userCode).toList()) {
            List<com.fasterxml.jackson.databind.JsonNode> policies = estate.objects().stream()
                    .filter(o -> o.kind().equals("NetworkPolicy") && o.namespace().equals(pod.namespace())
                            && LabelSelector.matches(o.object().at("/spec/podSelector"), pod.labels()))
                    .map(o -> (com.fasterxml.jackson.databind.JsonNode) o.object()).toList();
            boolean metadata = Egress.allows(policies, "169.254.169.254", 80);
            if (gke && !(metadata && Egress.allows(policies, "169.254.169.252", 988))) {
                problems.add(pod.what() + ": cannot reach the GKE metadata server, so it has no Workload Identity");
            }
            if (!gke && metadata) {
                problems.add(pod.what() + ": may reach the instance metadata service and take the node's identity");
            }
        }
        for (ReleaseView release : ReleaseView.of(estate)) {
            if (gke && release.chart().equals("jupyterhub")
                    && release.value("/singleuser/cloudMetadata/blockWithIptables").asBoolean(false)) {
                problems.add(release + ": z2jh's iptables rule cuts user pods off the GKE metadata server");
            }
        }
        assertThat(problems).as(estate.toString()).isEmpty();
    }

    /**
     * A private GKE control plane reaches nodes only on 443 and 10250 unless a firewall rule admits more
     * (cloud.google.com/kubernetes-engine/docs/how-to/private-clusters#add_firewall_rules): every admission
     * webhook's pod port must be one of those or admitted from the control plane's range, or API calls
     * wait out the webhook's timeout.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("estates")
    void everyWebhookIsReachableFromThePrivateControlPlane(Estate estate) {
        io.hubfleet.plan.Plan cluster = RenderedPlans.plan(estate.clusterStack());
        List<io.hubfleet.plan.PlanResource> gke = cluster.ofType("gcp:container/cluster:Cluster");
        if (gke.isEmpty() || !gke.get(0).input("/privateClusterConfig/enablePrivateNodes").asBoolean(false)) {
            return;
        }
        String controlPlane = gke.get(0).input("/privateClusterConfig/masterIpv4CidrBlock").asText();
        List<String> problems = new ArrayList<>();
        for (StackObjects.Origin hook : estate.objects()) {
            if (!hook.kind().endsWith("WebhookConfiguration")) {
                continue;
            }
            for (com.fasterxml.jackson.databind.JsonNode webhook : hook.object().path("webhooks")) {
                com.fasterxml.jackson.databind.JsonNode service = webhook.at("/clientConfig/service");
                if (service.isMissingNode()) {
                    continue;
                }
                int port = WebhookPorts.podPort(estate, service.path("namespace").asText(), service.path("name").asText(),
                        service.path("port").asInt(443));
                boolean open = port == 443 || port == 10250 || cluster.ofType("gcp:compute/firewall:Firewall").stream()
                        .anyMatch(rule -> rule.input("/direction").asText("INGRESS").equals("INGRESS")
                                && rule.input("/sourceRanges").toString().contains("\"" + controlPlane + "\"")
                                && WebhookPorts.allowsTcp(rule.input("/allows"), port));
                if (!open) {
                    problems.add(hook.kind() + " " + hook.name() + " webhook " + webhook.path("name").asText() + ": its pods listen on "
                            + port + ", which the private control plane (" + controlPlane + ") cannot reach");
                }
            }
        }
        assertThat(problems).as(estate.toString()).isEmpty();
    }

    /**
     * Homes are mounted as their kind of storage calls for (components/NfsMountOptions): soft with long
     * retries from an in-cluster server that restarts, hard from a managed service; always with an
     * explicit timeout and retry count.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("estates")
    void homesAreMountedAsTheirKindOfStorageCallsFor(Estate estate) {
        List<String> problems = new ArrayList<>();
        for (StackObjects.Origin volume : estate.objects()) {
            com.fasterxml.jackson.databind.JsonNode nfs = volume.object().at("/spec/nfs");
            if (!volume.kind().equals("PersistentVolume") || nfs.isMissingNode()) {
                continue;
            }
            // A hub's in-cluster server lives in the namespace <hub>-home-nfs (components/HomeNfsServer).
            String hub = volume.object().at("/metadata/labels").path(io.hubfleet.components.Hub.HUB_NAME_LABEL).asText();
            boolean inCluster = estate.objects().stream().anyMatch(o -> o.kind().equals("Namespace")
                    && o.name().equals(hub + "-home-nfs"));
            List<String> options = new ArrayList<>();
            volume.object().at("/spec/mountOptions").forEach(o -> options.add(o.asText()));
            String expected = inCluster ? "soft" : "hard";
            if (!options.contains(expected) || options.contains(inCluster ? "hard" : "soft")
                    || options.stream().noneMatch(o -> o.startsWith("timeo=")) || options.stream().noneMatch(o -> o.startsWith("retrans="))) {
                problems.add(volume.stack() + "/" + volume.resource() + ": PersistentVolume " + volume.name() + " mounts "
                        + (inCluster ? "an in-cluster server" : "a managed service") + " with " + options);
            }
        }
        assertThat(problems).as(estate.toString()).isEmpty();
    }

    /**
     * A kube-scheduler may be at most one minor version older than the control plane, never newer
     * (kubernetes.io/releases/version-skew-policy): z2jh 4.4.0's user-scheduler is 1.30.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("estates")
    void everySchedulerIsWithinTheControlPlanesVersionSkew(Estate estate) {
        int controlPlane = Integer.parseInt(ChartRenderer.KUBE_VERSION.split("\\.")[1]);
        List<String> problems = new ArrayList<>();
        for (StackObjects.Origin origin : estate.objects()) {
            for (com.fasterxml.jackson.databind.JsonNode container : origin.object().at("/spec/template/spec/containers")) {
                java.util.regex.Matcher version = java.util.regex.Pattern.compile("/kube-scheduler:v1\\.(\\d+)\\.")
                        .matcher(container.path("image").asText());
                if (version.find()) {
                    int minor = Integer.parseInt(version.group(1));
                    if (minor > controlPlane || minor < controlPlane - 1) {
                        problems.add(origin.stack() + "/" + origin.resource() + ": " + origin.kind() + " " + origin.name()
                                + " runs kube-scheduler 1." + minor + " against a 1." + controlPlane + " control plane");
                    }
                }
            }
        }
        assertThat(problems).as(estate.toString()).isEmpty();
    }

    /**
     * Each hub's proxy reaches its Dask Gateway's Traefik (it routes /services/dask-gateway there) by a
     * rule that names the pods: Cilium (GKE Dataplane V2, AKS) does not apply ipBlock rules to pod
     * addresses (docs.cilium.io/en/stable/network/kubernetes/policy/#ipblock), so z2jh's private-range
     * rule does not count.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("estates")
    void everyHubsProxyReachesItsDaskTraefikByPodSelector(Estate estate) {
        List<String> problems = new ArrayList<>();
        for (StackObjects.Origin traefik : estate.objects()) {
            if (!traefik.kind().equals("Deployment") || !traefik.name().startsWith("traefik-")) {
                continue;
            }
            Map<String, String> traefikLabels = PodShape.strings(traefik.object().at("/spec/template/metadata/labels"));
            String namespace = traefik.namespace();
            StackObjects.Origin proxy = estate.objects().stream().filter(o -> o.kind().equals("Deployment")
                    && o.name().equals("proxy") && o.namespace().equals(namespace)).findFirst().orElseThrow();
            Map<String, String> proxyLabels = PodShape.strings(proxy.object().at("/spec/template/metadata/labels"));
            boolean reaches = false;
            boolean restricted = false;
            for (StackObjects.Origin policy : estate.objects()) {
                if (!policy.kind().equals("NetworkPolicy") || !policy.namespace().equals(namespace)
                        || !LabelSelector.matches(policy.object().at("/spec/podSelector"), proxyLabels)
                        || !policy.object().at("/spec/policyTypes").toString().contains("Egress")) {
                    continue;
                }
                restricted = true;
                for (com.fasterxml.jackson.databind.JsonNode rule : policy.object().at("/spec/egress")) {
                    boolean port = rule.path("ports").isEmpty() || rule.path("ports").findValuesAsText("port").contains("8000");
                    for (com.fasterxml.jackson.databind.JsonNode peer : rule.path("to")) {
                        reaches |= port && peer.has("podSelector") && !peer.has("namespaceSelector")
                                && LabelSelector.matches(peer.path("podSelector"), traefikLabels);
                    }
                }
            }
            if (restricted && !reaches) {
                problems.add(namespace + ": the proxy's network policy admits " + traefik.name() + " only by address");
            }
        }
        assertThat(problems).as(estate.toString()).isEmpty();
    }

    /**
     * Every namespace that enforces a Pod Security Standard admits its pods: each rendered workload's pod
     * template there passes the Baseline checks Pod Security Admission applies (privileged pods, such as a
     * hub's NFS server, live in namespaces labelled privileged). Hub namespaces enforce baseline.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("estates")
    void podsPassTheirNamespacesPodSecurityStandard(Estate estate) {
        Map<String, String> levels = new TreeMap<>();
        for (StackObjects.Origin namespace : estate.objects()) {
            if (namespace.kind().equals("Namespace")) {
                String level = namespace.object().at("/metadata/labels").path("pod-security.kubernetes.io/enforce").asText("");
                if (!level.isEmpty()) {
                    levels.put(namespace.name(), level);
                }
            }
        }
        assertThat(levels.values()).as("hub namespaces enforce a level").contains(io.hubfleet.components.Hub.POD_SECURITY_LEVEL);
        List<String> problems = new ArrayList<>();
        for (StackObjects.Origin origin : estate.objects()) {
            String level = levels.get(origin.namespace());
            com.fasterxml.jackson.databind.JsonNode pod = origin.object().at("/spec/template/spec");
            if (origin.kind().equals("CronJob")) {
                pod = origin.object().at("/spec/jobTemplate/spec/template/spec");
            }
            if (level == null || level.equals("privileged") || pod.isMissingNode()) {
                continue;
            }
            for (String violation : PodSecurityBaseline.violations(pod)) {
                problems.add(origin.stack() + "/" + origin.resource() + ": " + origin.kind() + " " + origin.namespace() + "/"
                        + origin.name() + " breaks " + level + ": " + violation);
            }
        }
        assertThat(problems).as(estate.toString()).isEmpty();
    }
}
