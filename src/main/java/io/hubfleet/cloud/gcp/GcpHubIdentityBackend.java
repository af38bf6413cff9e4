package io.hubfleet.cloud.gcp;

import com.pulumi.resources.Resource;
import com.pulumi.core.Output;
import com.pulumi.gcp.serviceaccount.Account;
import com.pulumi.gcp.serviceaccount.AccountArgs;
import com.pulumi.gcp.storage.Bucket;
import com.pulumi.gcp.storage.BucketArgs;
import com.pulumi.gcp.storage.BucketIAMMember;
import com.pulumi.gcp.storage.BucketIAMMemberArgs;
import com.pulumi.gcp.storage.inputs.BucketLifecycleRuleActionArgs;
import com.pulumi.gcp.storage.inputs.BucketLifecycleRuleArgs;
import com.pulumi.gcp.storage.inputs.BucketLifecycleRuleConditionArgs;
import com.pulumi.gcp.storage.inputs.BucketVersioningArgs;
import com.pulumi.resources.CustomResourceOptions;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.CloudNames;
import io.hubfleet.cloud.DataAccess;
import io.hubfleet.cloud.DataGrant;
import com.pulumi.gcp.projects.IAMMember;
import com.pulumi.gcp.projects.IAMMemberArgs;
import io.hubfleet.cloud.HubIdentity;
import io.hubfleet.cloud.HubIdentitySpec;
import com.pulumi.resources.ProviderResource;


import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hub on GCP: a Google service account its users' pods become through Workload Identity (bound to
 * exactly the hub's user Kubernetes service account), a scratch bucket whose objects expire, and
 * optionally a persistent bucket, protected and retained. Access is granted on each bucket, never on
 * the project, so a hub's identity reaches its own buckets only. Buckets have uniform access and public
 * access prevention enforced.
 */
final class GcpHubIdentityBackend {

    /**
     * Read, write, list and delete objects, and read the bucket's metadata (which gcsfs asks for);
     * never change the bucket or its access.
     */
    static final List<String> BUCKET_ROLES = List.of("roles/storage.objectAdmin", "roles/storage.legacyBucketReader");
    /**
     * Reading a bucket the hub does not own: get and list objects (and managed folders), nothing else
     * (cloud.google.com/storage/docs/access-control/iam-roles, Storage Object Viewer).
     */
    static final String READ_ROLE = "roles/storage.objectViewer";
    /**
     * Reading and writing a bucket the hub does not own: create, get, list, update, delete objects and
     * multipart uploads. The least predefined role that writes: unlike Storage Object Admin it cannot read or
     * change objects' ACLs (storage.objects.getIamPolicy, setIamPolicy), and it has no bucket permission
     * (cloud.google.com/storage/docs/access-control/iam-roles, Storage Object User).
     */
    static final String READ_WRITE_ROLE = "roles/storage.objectUser";
    /**
     * Requester Pays: a request names a billing project, and the requester needs serviceusage.services.use
     * on it; Service Usage Consumer is the predefined role holding it (cloud.google.com/storage/docs/requester-pays,
     * "Use and access requirements"). Granted on the hub's own project, so the hub's users pay for their reads.
     */
    static final String REQUESTER_PAYS_ROLE = "roles/serviceusage.serviceUsageConsumer";

    public HubIdentity provision(Resource component, String name, HubIdentitySpec spec, ProviderResource provider, GkeHubHost gke) {
        CustomResourceOptions inComponent = ChildOptions.in(component, provider);
        String project = gke.namingSeed();
        String clusterName = gke.clusterName();
        String region = gke.region();

        Account account = new Account(name + "-users", AccountArgs.builder()
                .accountId(GcpNames.serviceAccountId(clusterName + "-" + spec.hubName()))
                .displayName("hubfleet users of hub " + spec.hubName() + " on " + clusterName)
                .build(), inComponent);
        new com.pulumi.gcp.serviceaccount.IAMMember(name + "-workload-identity",
                com.pulumi.gcp.serviceaccount.IAMMemberArgs.builder()
                        .serviceAccountId(account.name())
                        .role("roles/iam.workloadIdentityUser")
                        .member("serviceAccount:" + gke.workloadPool() + "[" + spec.namespace() + "/"
                                + spec.serviceAccountName() + "]")
                        .build(),
                // The identity pool exists once the cluster does.
                ChildOptions.of(component, provider).dependsOn(gke.cluster().map(List::of).orElse(List.of())).build());
        Output<String> member = account.email().applyValue(email -> "serviceAccount:" + email);

        Bucket scratch = new Bucket(name + "-scratch", bucketArgs(
                CloudNames.bucketName(project, clusterName, spec.hubName(), "scratch"), region)
                .lifecycleRules(BucketLifecycleRuleArgs.builder()
                        .action(BucketLifecycleRuleActionArgs.builder().type("Delete").build())
                        .condition(BucketLifecycleRuleConditionArgs.builder().age(spec.scratchExpiryDays()).build())
                        .build())
                // Scratch expires by design: it is the one user-data store a removed hub takes along.
                .forceDestroy(true)
                .build(), inComponent);
        grant(name + "-scratch-users", scratch, member, inComponent);

        Optional<Output<String>> persistentUrl = Optional.empty();
        if (spec.persistentBucket()) {
            Bucket persistent = new Bucket(name + "-persistent", bucketArgs(
                    CloudNames.bucketName(project, clusterName, spec.hubName(), "persistent"), region)
                    .versioning(BucketVersioningArgs.builder().enabled(true).build())
                    .forceDestroy(false)
                    .build(), ChildOptions.of(component, provider)
                    .protect(true).retainOnDelete(true).build());
            grant(name + "-persistent-users", persistent, member, inComponent);
            persistentUrl = Optional.of(persistent.name().applyValue(bucket -> "gs://" + bucket));
        }

        grantData(name, spec, gke, member, inComponent);

        return new HubIdentity(
                account.email().applyValue(email -> Map.of("iam.gke.io/gcp-service-account", email)),
                Map.of(),
                Map.of(),
                scratch.name().applyValue(bucket -> "gs://" + bucket),
                persistentUrl);
    }

    /** Access on the bucket itself, never on the project: the identity reaches this bucket only. */
    private static void grant(String name, Bucket bucket, Output<String> member, CustomResourceOptions options) {
        for (String role : BUCKET_ROLES) {
            new BucketIAMMember(name + "-" + role.substring(role.lastIndexOf('.') + 1), BucketIAMMemberArgs.builder()
                    .bucket(bucket.name()).role(role).member(member).build(), options);
        }
    }

    /**
     * Buckets the hub does not own, on the bucket itself (IAM is the resource's: the grant is a member of the
     * bucket's policy, so deploying needs storage.buckets.setIamPolicy on that bucket). Nothing here creates,
     * changes or deletes the bucket: removing a grant removes the member only.
     */
    private static void grantData(String name, HubIdentitySpec spec, GkeHubHost gke, Output<String> member,
                                  CustomResourceOptions options) {
        if (!spec.storageAccountGrants().isEmpty()) {
            throw new IllegalArgumentException("GCP grants buckets only, not " + spec.storageAccountGrants());
        }
        for (DataGrant.Bucket bucket : spec.bucketGrants()) {
            new BucketIAMMember(name + "-data-" + bucket.name(), BucketIAMMemberArgs.builder()
                    .bucket(bucket.name())
                    .role(role(bucket.access()))
                    .member(member)
                    .build(), options);
        }
        if (spec.bucketGrants().stream().anyMatch(DataGrant.Bucket::requesterPays)) {
            new IAMMember(name + "-requester-pays", IAMMemberArgs.builder()
                    .project(gke.projectId())
                    .role(REQUESTER_PAYS_ROLE)
                    .member(member)
                    .build(), options);
        }
    }

    /** The predefined role of an access level on a bucket the hub does not own. */
    static String role(DataAccess access) {
        return switch (access) {
            case READ -> READ_ROLE;
            case READ_WRITE -> READ_WRITE_ROLE;
        };
    }

    private static BucketArgs.Builder bucketArgs(String bucketName, String region) {
        return BucketArgs.builder()
                .name(bucketName)
                .location(region)
                .storageClass("STANDARD")
                .uniformBucketLevelAccess(true)
                .publicAccessPrevention("enforced");
    }

}
