package io.hubfleet.cloud.aws;

import io.hubfleet.cloud.ClusterSpec;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.resources.Resource;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.aws.eks.outputs.GetAddonVersionResult;
import com.pulumi.aws.eks.inputs.GetAddonVersionArgs;
import com.pulumi.aws.eks.EksFunctions;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.eks.AccessEntry;
import com.pulumi.aws.eks.AccessEntryArgs;
import com.pulumi.aws.eks.AccessPolicyAssociation;
import com.pulumi.aws.eks.AccessPolicyAssociationArgs;
import com.pulumi.aws.eks.Addon;
import com.pulumi.aws.eks.inputs.AccessPolicyAssociationAccessScopeArgs;
import com.pulumi.aws.eks.AddonArgs;
import com.pulumi.aws.eks.Cluster;
import com.pulumi.aws.eks.ClusterArgs;
import com.pulumi.aws.eks.inputs.ClusterAccessConfigArgs;
import com.pulumi.aws.eks.inputs.ClusterEncryptionConfigArgs;
import com.pulumi.aws.eks.inputs.ClusterEncryptionConfigProviderArgs;
import com.pulumi.aws.eks.inputs.ClusterKubernetesNetworkConfigArgs;
import com.pulumi.aws.eks.inputs.ClusterVpcConfigArgs;
import com.pulumi.aws.iam.OpenIdConnectProvider;
import com.pulumi.aws.iam.OpenIdConnectProviderArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.Kubeconfig;
import io.hubfleet.cloud.ClusterHandle;


import java.util.ArrayList;
import java.util.List;

/**
 * EKS with a pinned version in its own VPC: authentication by access entries only (no aws-auth
 * ConfigMap), the API's public endpoint limited to the authorized networks and a private endpoint for
 * the nodes, secrets encrypted with the cluster's own KMS key, control-plane logs kept for a set time,
 * an IAM OIDC provider for roles of service accounts, and the managed add-ons (VPC CNI with network
 * policy enforcement, CoreDNS, kube-proxy, the EBS CSI driver with its own role). The kubeconfig gets
 * tokens from {@code aws eks get-token}.
 */
final class EksClusterBackend {

    static final List<String> NODE_POLICIES = List.of(
            "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
            "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
            "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly");
    static final String CLUSTER_ADMIN_POLICY = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy";
    static final String EBS_CSI_POLICY = "arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy";
    public ClusterHandle provision(Resource component, String name,
                                        ClusterSpec args, AwsAccount account) {
        ProviderResource provider = account.provider();
        CustomResourceOptions inComponent = ChildOptions.in(component, provider);
        String clusterName = args.clusterName();
        String region = account.spec().region();

        // hubfleet:zone, or the first of the cluster's zones, holds the core nodes and the home disks.
        String homeZone = account.spec().zone().filter(args.zones()::contains).orElse(args.zones().get(0));
        AwsNetwork network = AwsNetwork.create(name, clusterName, args.network().nodes(), args.zones(), homeZone,
                args.network().natGatewayPerZone(), region, inComponent);

        Role clusterRole = new Role(name + "-cluster", RoleArgs.builder()
                .assumeRolePolicy(IamDocuments.serviceTrust("eks.amazonaws.com"))
                .description("EKS control plane of " + clusterName)
                .build(), inComponent);
        RolePolicyAttachment clusterPolicy = new RolePolicyAttachment(name + "-cluster", RolePolicyAttachmentArgs.builder()
                .role(clusterRole.name())
                .policyArn("arn:aws:iam::aws:policy/AmazonEKSClusterPolicy")
                .build(), inComponent);
        Key secretsKey = new Key(name + "-secrets", KeyArgs.builder()
                .description("Envelope encryption of the Kubernetes secrets of " + clusterName)
                .enableKeyRotation(true)
                .deletionWindowInDays(30)
                .build(), inComponent);
        // The control plane encrypts and decrypts secrets as the cluster role: the key's default policy
        // defers to IAM, and AmazonEKSClusterPolicy grants no KMS (docs.aws.amazon.com/eks/latest/userguide/
        // enable-kms.html: kms:Encrypt, Decrypt, ListGrants, DescribeKey on the key).
        RolePolicy clusterKeyUse = new RolePolicy(name + "-cluster-kms", RolePolicyArgs.builder()
                .role(clusterRole.name())
                .policy(secretsKey.arn().applyValue(IamDocuments::clusterKeyUse))
                .build(), inComponent);
        // Made first so EKS writes into it with hubfleet's retention rather than keeping logs forever.
        LogGroup logs = new LogGroup(name + "-logs", LogGroupArgs.builder()
                .name("/aws/eks/" + clusterName + "/cluster")
                .retentionInDays(args.controlPlaneLogs().retentionDays())
                .build(), inComponent);

        List<Output<String>> subnetIds = new ArrayList<>();
        network.privateSubnets().forEach(s -> subnetIds.add(s.id()));
        Cluster cluster = new Cluster(name, ClusterArgs.builder()
                .name(clusterName)
                .version(args.kubernetesVersion())
                .roleArn(clusterRole.arn())
                .vpcConfig(ClusterVpcConfigArgs.builder()
                        .subnetIds(Output.all(subnetIds))
                        .endpointPrivateAccess(true)
                        .endpointPublicAccess(true)
                        .publicAccessCidrs(args.apiAuthorizedCidrs())
                        .build())
                .accessConfig(ClusterAccessConfigArgs.builder()
                        .authenticationMode("API")
                        // Whoever runs `pulumi up` administers the cluster, through an access entry.
                        .bootstrapClusterCreatorAdminPermissions(true)
                        .build())
                .kubernetesNetworkConfig(ClusterKubernetesNetworkConfigArgs.builder()
                        .serviceIpv4Cidr(args.network().services().toString())
                        .build())
                .encryptionConfig(ClusterEncryptionConfigArgs.builder()
                        .resources("secrets")
                        .provider(ClusterEncryptionConfigProviderArgs.builder().keyArn(secretsKey.arn()).build())
                        .build())
                .enabledClusterLogTypes(args.controlPlaneLogs().types())
                .build(), ChildOptions.of(component, provider).dependsOn(List.of(clusterPolicy, clusterKeyUse, logs)).build());

        OpenIdConnectProvider oidc = new OpenIdConnectProvider(name + "-oidc", OpenIdConnectProviderArgs.builder()
                .url(cluster.identities().applyValue(ids -> ids.get(0).oidcs().get(0).issuer().orElseThrow()))
                .clientIdLists("sts.amazonaws.com")
                .build(), inComponent);

        // Administrators named in the stack, through access entries like the deploying identity.
        for (String principal : args.adminPrincipals()) {
            String suffix = io.hubfleet.cloud.CloudNames.shortHash(principal);
            AccessEntry entry = new AccessEntry(name + "-admin-" + suffix, AccessEntryArgs.builder()
                    .clusterName(cluster.name()).principalArn(principal).type("STANDARD").build(), inComponent);
            new AccessPolicyAssociation(name + "-admin-" + suffix, AccessPolicyAssociationArgs.builder()
                    .clusterName(cluster.name())
                    .principalArn(principal)
                    .policyArn(CLUSTER_ADMIN_POLICY)
                    .accessScope(AccessPolicyAssociationAccessScopeArgs.builder().type("cluster").build())
                    .build(), ChildOptions.of(component, provider).dependsOn(entry).build());
        }

        Role nodeRole = new Role(name + "-nodes", RoleArgs.builder()
                .assumeRolePolicy(IamDocuments.serviceTrust("ec2.amazonaws.com"))
                .description("EKS nodes of " + clusterName)
                .build(), inComponent);
        for (String policy : NODE_POLICIES) {
            new RolePolicyAttachment(name + "-nodes-" + policy.substring(policy.lastIndexOf('/') + 1),
                    RolePolicyAttachmentArgs.builder().role(nodeRole.name()).policyArn(policy).build(), inComponent);
        }

        // Networking add-ons come first: nodes need them to join.
        // The VPC CNI enforces NetworkPolicy only when asked to.
        addon(component, name + "-vpc-cni", cluster, "vpc-cni", args, provider,
                b -> b.configurationValues("{\"enableNetworkPolicy\":\"true\"}"), inComponent);
        addon(component, name + "-kube-proxy", cluster, "kube-proxy", args, provider, b -> b, inComponent);

        // In an account hubfleet created, kubectl assumes the same access role as the provider.
        Output<List<String>> roleArgs = account.assumedRole()
                .map(role -> role.applyValue(arn -> List.of("--role-arn", arn)))
                .orElse(Output.of(List.of()));
        Output<String> kubeconfig = Output.tuple(cluster.endpoint(), cluster.certificateAuthority(), roleArgs)
                .applyValue(t -> {
                    List<String> execArgs = new java.util.ArrayList<>(List.of("eks", "get-token",
                            "--cluster-name", clusterName, "--region", region, "--output", "json"));
                    execArgs.addAll(t.t3);
                    return new Kubeconfig(clusterName, t.t1, t.t2.data().orElse(""),
                            new Kubeconfig.Exec("aws", execArgs,
                                    "Install the AWS CLI v2: https://docs.aws.amazon.com/cli/latest/userguide/"))
                            .render();
                })
                .asSecret();
        Output<String> credentialsCommand = roleArgs.applyValue(role -> String.join(" ",
                java.util.stream.Stream.concat(java.util.stream.Stream.of("aws", "eks", "update-kubeconfig",
                        "--name", clusterName, "--region", region), role.stream()).toList()));
        return new EksCluster(cluster, network, nodeRole, oidc, clusterName, region, kubeconfig, credentialsCommand,
                account, args);
    }

    /**
     * The add-ons that run on nodes: they become ready only once the core pool has joined. EKS picks
     * each add-on's default version for the cluster's version.
     */
    public void afterCorePool(Resource component, String name, Resource corePool, EksCluster eks) {
        ClusterSpec args = eks.spec();
        CustomResourceOptions afterNodes = ChildOptions.of(component, eks.account().provider())
                .dependsOn(corePool).build();
        CustomResourceOptions inComponent = ChildOptions.in(component, eks.account().provider());
        addon(component, name + "-coredns", eks.cluster(), "coredns", args, eks.account().provider(), b -> b, afterNodes);
        Role ebsRole = new Role(name + "-ebs-csi", RoleArgs.builder()
                .assumeRolePolicy(Output.tuple(eks.oidcProvider().arn(), eks.issuerUrl()).applyValue(t ->
                        IamDocuments.serviceAccountTrust(t.t1, t.t2, "kube-system", "ebs-csi-controller-sa")))
                .description("EBS CSI driver of " + eks.clusterName())
                .build(), inComponent);
        new RolePolicyAttachment(name + "-ebs-csi", RolePolicyAttachmentArgs.builder()
                .role(ebsRole.name()).policyArn(EBS_CSI_POLICY).build(), inComponent);
        // EKS marks no StorageClass default since 1.30; volumes (Prometheus') need one.
        addon(component, name + "-ebs-csi", eks.cluster(), "aws-ebs-csi-driver", args, eks.account().provider(),
                b -> b.serviceAccountRoleArn(ebsRole.arn())
                        .configurationValues("{\"defaultStorageClass\":{\"enabled\":true}}"), afterNodes);
    }

    /**
     * An EKS add-on at the newest version for the cluster's Kubernetes version, so a change of
     * kubernetesVersion upgrades the add-ons with the cluster (an add-on left without a version keeps the
     * one EKS chose at creation). Conflicting fields are overwritten on creation as on update: the
     * API warns that creating over self-managed fields may fail otherwise
     * (docs.aws.amazon.com/eks/latest/APIReference/API_CreateAddon.html, resolveConflicts).
     */
    private static Addon addon(Resource component, String name, Cluster cluster, String addonName,
                               ClusterSpec args, ProviderResource provider,
                               java.util.function.UnaryOperator<AddonArgs.Builder> more, CustomResourceOptions options) {
        Output<String> version = EksFunctions.getAddonVersion(GetAddonVersionArgs.builder()
                        .addonName(addonName)
                        .kubernetesVersion(args.kubernetesVersion())
                        .mostRecent(true)
                        .build(), InvokeOptions.builder().parent(component).provider(provider).build())
                .applyValue(GetAddonVersionResult::version);
        return new Addon(name, more.apply(AddonArgs.builder()
                .clusterName(cluster.name())
                .addonName(addonName)
                .addonVersion(version)
                .resolveConflictsOnCreate("OVERWRITE")
                .resolveConflictsOnUpdate("OVERWRITE")).build(), options);
    }
    static io.hubfleet.cloud.HubHostHandle hubHost(EksCluster eks) {
        AwsAccount account = eks.account();
        return new EksHubHost(eks.clusterName(), eks.region(), eks.account().spec().namingSeed(),
                account.accountId(), eks.oidcProvider().arn(), eks.issuerUrl(), account.assumedRole(),
                eks.network().homeZone());
    }
}
