package io.hubfleet.components;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.core.v1.NamespaceArgs;
import com.pulumi.kubernetes.core.v1.PersistentVolume;
import com.pulumi.kubernetes.core.v1.PersistentVolumeArgs;
import com.pulumi.kubernetes.core.v1.PersistentVolumeClaim;
import com.pulumi.kubernetes.core.v1.PersistentVolumeClaimArgs;
import com.pulumi.kubernetes.core.v1.Secret;
import com.pulumi.kubernetes.core.v1.SecretArgs;
import com.pulumi.kubernetes.core.v1.ServiceAccount;
import com.pulumi.kubernetes.core.v1.ServiceAccountArgs;
import com.pulumi.kubernetes.core.v1.inputs.NFSVolumeSourceArgs;
import com.pulumi.kubernetes.core.v1.inputs.PersistentVolumeClaimSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.PersistentVolumeSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.ResourceRequirementsArgs;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.hubfleet.cloud.HubIdentity;
import io.hubfleet.cloud.HubIdentitySpec;
import io.hubfleet.config.ConfigPath;
import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.helm.HelmChart;
import io.hubfleet.helm.HelmRelease;
import io.hubfleet.helm.daskgateway.DaskGatewayValues;
import io.hubfleet.helm.jupyterhub.HubValuesInput;
import io.hubfleet.helm.jupyterhub.JupyterHubValues;
import io.hubfleet.helm.jupyterhub.UserPool;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JupyterHub: its own namespace; its users' cloud identity and buckets; its home directory on the
 * shared NFS storage, mounted per user; the OAuth client secret in its own Secret; and the z2jh chart
 * as a Helm release, reached over HTTPS at its domain through the cluster's Gateway. With Dask enabled,
 * a {@link DaskGateway} in the same namespace.
 *
 * <p><b>Removal policy:</b> removing a hub removes its namespace and release; its home directory stays
 * on the NFS storage and its persistent bucket stays in the cloud (both retained). Its scratch bucket,
 * whose objects expire by design, is deleted.
 */
public final class Hub extends ComponentResource {

    public static final String TYPE = "hubfleet:index:Hub";
    public static final String USER_SERVICE_ACCOUNT = "user-sa";
    public static final String HOME_CLAIM = "home-nfs";
    public static final String OAUTH_SECRET = "hub-oauth";
    /** The Secret holding the hub's secretEnv: the hub pod reads each key as an environment variable. */
    public static final String SECRET_ENV_SECRET = JupyterHubValues.SECRET_ENV_SECRET;
    /** Label on hub namespaces: the Gateway admits routes from these only. */
    public static final String HUB_NAMESPACE_LABEL = "hubfleet.io/hub";
    /** Labels a hub's namespace with the hub's name: the Gateway admits its routes by it. */
    public static final String HUB_NAME_LABEL = "hubfleet.io/hub-name";
    /** The Pod Security Standard hub namespaces enforce. */
    public static final String POD_SECURITY_LEVEL = "baseline";

    private static final HelmChart CHART = HelmChart.load("hub");

    private final HubConfig config;
    private final Release release;
    private final Optional<DaskGateway> daskGateway;

    private final Output<Map<String, String>> buckets;
    private final Output<Map<String, String>> bucketOwnerStatements;

    public Hub(String name, HubArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        this.config = args.config();
        HubSite site = args.site();
        String namespaceName = config.name();
        CustomResourceOptions inCluster = CustomResourceOptions.builder().parent(this)
                .provider(site.kubernetesProvider()).build();

        Namespace namespace = new Namespace(name, NamespaceArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(namespaceName)
                        .labels(namespaceLabels(config.name()))
                        .build())
                .build(), inCluster);
        CustomResourceOptions inNamespace = CustomResourceOptions.builder().parent(this)
                .provider(site.kubernetesProvider()).dependsOn(namespace).build();

        HubIdentity identity = site.facts().hubIdentity(this, name,
                new HubIdentitySpec(config.name(), namespaceName, USER_SERVICE_ACCOUNT,
                        config.scratchBucket().expiryDays(), config.persistentBucket().enabled(),
                        HubDataAccess.grants(config.dataAccess())),
                site.accountProvider());
        ServiceAccount userAccount = new ServiceAccount(name + "-users", ServiceAccountArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(USER_SERVICE_ACCOUNT).namespace(namespaceName)
                        .annotations(identity.serviceAccountAnnotations())
                        .labels(identity.serviceAccountLabels())
                        .build())
                // User pods mount no API token: they have no business with the Kubernetes API.
                .automountServiceAccountToken(false)
                .build(), inNamespace);
        Secret oauth = new Secret(name + "-oauth", SecretArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(OAUTH_SECRET).namespace(namespaceName).build())
                .stringData(config.auth().clientSecret().asOutput().applyValue(secret -> Map.of("client-secret", secret)))
                .build(), inNamespace);

        Optional<Secret> secretEnv = config.secretEnv().isEmpty() ? Optional.empty() : Optional.of(new Secret(
                name + "-secret-env", SecretArgs.builder()
                        .metadata(ObjectMetaArgs.builder().name(SECRET_ENV_SECRET).namespace(namespaceName).build())
                        .stringData(Output.all(config.secretEnv().values().stream().map(v -> v.asOutput()).toList())
                                .applyValue(values -> {
                                    Map<String, String> data = new java.util.TreeMap<>();
                                    List<String> keys = List.copyOf(config.secretEnv().keySet());
                                    for (int i = 0; i < keys.size(); i++) {
                                        data.put(keys.get(i), values.get(i));
                                    }
                                    return data;
                                }).asSecret())
                        .build(), inNamespace));
        HomeShare storage = site.homes() instanceof HubHomes.Disks disks
                ? new Filestore(name + "-home", new FilestoreArgs.Disk(site, config.name(), disks.forHub(config)),
                ComponentResourceOptions.builder().parent(this).build())
                : ((HubHomes.Shared) site.homes()).share();
        var directory = HomeDirectory.create(name + "-home-directory", config.name(), storage,
                site.systemNamespace(), CustomResourceOptions.builder().parent(this)
                        .provider(site.kubernetesProvider()).dependsOn(site.readiness()).build());
        PersistentVolume volume = new PersistentVolume(name + "-home", PersistentVolumeArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(namespaceName + "-home")
                        .labels(Map.of(HUB_NAMESPACE_LABEL, "true", HUB_NAME_LABEL, config.name())).build())
                .spec(PersistentVolumeSpecArgs.builder()
                        .capacity(Map.of("storage", "1Mi"))
                        .accessModes("ReadWriteMany")
                        // The object only points at the directory; deleting it never touches the data.
                        .persistentVolumeReclaimPolicy("Retain")
                        .storageClassName("")
                        .mountOptions(storage.mountOptions())
                        .nfs(NFSVolumeSourceArgs.builder().server(storage.server())
                                .path(storage.directoryFor(config.name())).build())
                        .build())
                .build(), CustomResourceOptions.builder().parent(this).provider(site.kubernetesProvider())
                .dependsOn(directory).build());
        PersistentVolumeClaim claim = new PersistentVolumeClaim(name + "-home", PersistentVolumeClaimArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(HOME_CLAIM).namespace(namespaceName).build())
                .spec(PersistentVolumeClaimSpecArgs.builder()
                        .accessModes("ReadWriteMany")
                        .storageClassName("")
                        .volumeName(volume.metadata().applyValue(m -> m.name().orElseThrow()))
                        .resources(ResourceRequirementsArgs.builder().requests(Map.of("storage", "1Mi")).build())
                        .build())
                .build(), inNamespace);

        HomeUsageExporter.create(name + "-home-usage", namespaceName, HOME_CLAIM, CustomResourceOptions.builder()
                .parent(this).provider(site.kubernetesProvider()).dependsOn(claim).build());

        List<UserPool> pools = site.userPools();
        Optional<HubValuesInput.DaskGatewayRef> daskRef = config.dask().enabled()
                ? Optional.of(HubValuesInput.DaskGatewayRef.of(DaskGatewayValues.SERVICE_NAME,
                DaskGatewayValues.fullname(config.name()), namespaceName))
                : Optional.empty();
        GatewayListener listener = site.attach(this, name, config, namespace);
        Output<String> persistentUrl = identity.persistentBucketUrl().orElse(Output.of(""));
        Output<ObjectNode> values = Output.tuple(identity.scratchBucketUrl(), persistentUrl).applyValue(urls ->
                JupyterHubValues.layered(CHART, new HubValuesInput(
                        config,
                        namespaceName,
                        new HubValuesInput.GatewayRef(listener.gatewayName(), listener.gatewayNamespace(),
                                listener.sectionName()),
                        OAUTH_SECRET,
                        USER_SERVICE_ACCOUNT,
                        HOME_CLAIM,
                        urls.t1,
                        urls.t2.isEmpty() ? Optional.empty() : Optional.of(urls.t2),
                        pools,
                        identity.podLabels(),
                        daskRef,
                        site.metricsScraper(),
                        site.cloud())));
        List<Resource> before = new ArrayList<>(List.of(namespace, userAccount, oauth, claim));
        secretEnv.ifPresent(before::add);
        before.addAll(site.readiness());
        // Named after the hub: z2jh names its cluster-wide objects (PriorityClasses) after the release,
        // so every hub on a cluster needs a release name of its own. A renamed release cannot install
        // next to the old one (their objects in the namespace share names): the old one goes first.
        this.release = HelmRelease.create(name, releaseName(config), namespaceName, false, CHART, values, 900,
                CustomResourceOptions.builder().parent(this).provider(site.kubernetesProvider())
                        .dependsOn(before).deleteBeforeReplace(true).build());

        EventPlaceholders.create(name, config, namespaceName, releaseName(config), pools, inNamespace,
                CustomResourceOptions.builder().parent(this).provider(site.kubernetesProvider())
                        .dependsOn(release).build());

        this.daskGateway = config.dask().enabled()
                ? Optional.of(new DaskGateway(name + "-dask", new DaskGatewayArgs(site, config.name(), namespaceName,
                config.dask(), config.image(), release, new DaskGatewayArgs.UserIdentity(USER_SERVICE_ACCOUNT,
                identity.podLabels())), ComponentResourceOptions.builder().parent(this).build()))
                : Optional.empty();

        this.buckets = identity.persistentBucketUrl()
                .map(persistent -> Output.tuple(identity.scratchBucketUrl(), persistent)
                        .applyValue(t -> Map.of("scratch", t.t1, "persistent", t.t2)))
                .orElseGet(() -> identity.scratchBucketUrl().applyValue(scratch -> Map.of("scratch", scratch)));
        this.bucketOwnerStatements = identity.bucketOwnerStatements();
        Map<String, Output<?>> outputs = new java.util.LinkedHashMap<>(Map.of(
                "url", Output.of("https://" + config.domain()),
                "namespace", Output.of(namespaceName),
                "scratchBucket", identity.scratchBucketUrl(),
                "buckets", buckets,
                "secretsNeeded", Output.all(secretsNeeded(namespaceName))));
        if (!config.dataAccess().isEmpty()) {
            // What the hub's identity may reach beyond its buckets, as declared (plan --check's hub-isolation
            // accepts exactly these grants), and what owners of other accounts' buckets must add.
            outputs.put("dataAccess", Output.of(HubDataAccess.declared(config.dataAccess())));
            outputs.put("bucketOwnerStatements", identity.bucketOwnerStatements());
        }
        registerOutputs(outputs);
    }


    /**
     * The hub namespace's labels: the hub's, and Pod Security Admission at baseline, the strictest level
     * every pod there runs under (user servers run as uid 1000, but hubfleet's home-ownership init
     * container chowns as root, which restricted forbids; kubernetes.io/docs/concepts/security/pod-security-standards).
     * Privileged pods (a hub's in-cluster NFS server) live in namespaces of their own.
     */
    static Map<String, String> namespaceLabels(String hub) {
        Map<String, String> labels = new java.util.TreeMap<>();
        labels.put(HUB_NAMESPACE_LABEL, "true");
        labels.put(HUB_NAME_LABEL, hub);
        labels.put("pod-security.kubernetes.io/enforce", POD_SECURITY_LEVEL);
        labels.put("pod-security.kubernetes.io/audit", POD_SECURITY_LEVEL);
        labels.put("pod-security.kubernetes.io/warn", POD_SECURITY_LEVEL);
        return labels;
    }

    /** The Secrets a hub needs whose values are the stack's secrets, for export's templates. */
    private List<Output<Map<String, Object>>> secretsNeeded(String namespaceName) {
        List<Output<Map<String, Object>>> needed = new ArrayList<>();
        needed.add(new SecretNeeded(namespaceName, OAUTH_SECRET, "client-secret",
                ConfigPath.fromPointer(config.auth().clientSecret().pointer()).toString(), Map.of()).asOutput());
        config.secretEnv().forEach((key, value) -> needed.add(new SecretNeeded(namespaceName, SECRET_ENV_SECRET, key,
                ConfigPath.fromPointer(value.pointer()).toString(), Map.of()).asOutput()));
        return needed;
    }

    /**
     * The hub's Helm release name: the hub's own name, unique on its cluster (hub names are namespaces).
     * Releases before hubfleet 0.x were all named {@code jupyterhub}: docs/upgrading.md moves them.
     */
    public static String releaseName(HubConfig config) {
        return config.name();
    }

    public HubConfig config() {
        return config;
    }

    public Release release() {
        return release;
    }

    public Optional<DaskGateway> daskGateway() {
        return daskGateway;
    }

    /** The hub's buckets by purpose ({@code scratch}, and {@code persistent} when enabled), as URLs. */
    public Output<Map<String, String>> buckets() {
        return buckets;
    }

    /**
     * Per bucket of the hub's {@code dataAccess}, the statement its owner adds to the bucket's policy when the
     * bucket is in another account (AWS); empty where a grant needs nothing from the owner.
     */
    public Output<Map<String, String>> bucketOwnerStatements() {
        return bucketOwnerStatements;
    }

    public String url() {
        return "https://" + config.domain();
    }
}
