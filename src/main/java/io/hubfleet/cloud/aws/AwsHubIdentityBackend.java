package io.hubfleet.cloud.aws;

import com.pulumi.resources.Resource;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2Args;
import com.pulumi.aws.s3.BucketOwnershipControls;
import com.pulumi.aws.s3.BucketOwnershipControlsArgs;
import com.pulumi.aws.s3.BucketPublicAccessBlock;
import com.pulumi.aws.s3.BucketPublicAccessBlockArgs;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2Args;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.aws.s3.BucketVersioningV2;
import com.pulumi.aws.s3.BucketVersioningV2Args;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleFilterArgs;
import com.pulumi.aws.s3.inputs.BucketOwnershipControlsRuleArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketVersioningV2VersioningConfigurationArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.CloudNames;
import io.hubfleet.cloud.DataAccess;
import io.hubfleet.cloud.DataGrant;
import io.hubfleet.cloud.HubIdentity;
import io.hubfleet.cloud.HubIdentitySpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hub on AWS: an IAM role that exactly the hub's user service account may assume through the
 * cluster's OIDC provider (IAM roles for service accounts), with access to its own buckets' objects and
 * nothing else; a scratch bucket whose objects expire; optionally a persistent bucket, versioned,
 * protected and retained. Buckets block all public access, enforce bucket-owner ownership (no ACLs)
 * and encrypt at rest.
 */
final class AwsHubIdentityBackend {

    static final List<String> OBJECT_ACTIONS = List.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject",
            "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts");
    static final List<String> BUCKET_ACTIONS = List.of("s3:ListBucket", "s3:GetBucketLocation");
    /** Reading a bucket the hub does not own: its objects (listing is {@link #BUCKET_ACTIONS}). */
    static final List<String> READ_OBJECT_ACTIONS = List.of("s3:GetObject");
    /**
     * Reading and writing a bucket the hub does not own: its objects, multipart uploads included; never the
     * bucket's configuration, policy or ACLs (docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html).
     */
    static final List<String> READ_WRITE_OBJECT_ACTIONS = OBJECT_ACTIONS;
    public HubIdentity provision(Resource component, String name, HubIdentitySpec spec, ProviderResource provider, EksHubHost eks) {
        CustomResourceOptions inComponent = ChildOptions.in(component, provider);
        String account = eks.namingSeed();

        String scratchName = CloudNames.bucketName(account, eks.clusterName(), spec.hubName(), "scratch");
        BucketV2 scratch = bucket(component, provider, name + "-scratch", scratchName, true);
        new BucketLifecycleConfigurationV2(name + "-scratch", BucketLifecycleConfigurationV2Args.builder()
                .bucket(scratch.id())
                .rules(BucketLifecycleConfigurationV2RuleArgs.builder()
                        .id("expire-scratch")
                        .status("Enabled")
                        .filter(BucketLifecycleConfigurationV2RuleFilterArgs.builder().prefix("").build())
                        .expiration(BucketLifecycleConfigurationV2RuleExpirationArgs.builder()
                                .days(spec.scratchExpiryDays()).build())
                        .build())
                .build(), inComponent);
        List<String> buckets = new ArrayList<>(List.of(scratchName));

        Optional<Output<String>> persistentUrl = Optional.empty();
        if (spec.persistentBucket()) {
            String persistentName = CloudNames.bucketName(account, eks.clusterName(), spec.hubName(), "persistent");
            BucketV2 persistent = bucket(component, provider, name + "-persistent", persistentName, false);
            new BucketVersioningV2(name + "-persistent", BucketVersioningV2Args.builder()
                    .bucket(persistent.id())
                    .versioningConfiguration(BucketVersioningV2VersioningConfigurationArgs.builder().status("Enabled").build())
                    .build(), inComponent);
            buckets.add(persistentName);
            persistentUrl = Optional.of(Output.of("s3://" + persistentName));
        }

        Role role = new Role(name + "-users", RoleArgs.builder()
                .description("Users of hub " + spec.hubName() + " on " + eks.clusterName())
                .assumeRolePolicy(Output.tuple(eks.oidcProviderArn(), eks.issuerUrl()).applyValue(t ->
                        IamDocuments.serviceAccountTrust(t.t1, t.t2, spec.namespace(), spec.serviceAccountName())))
                .build(), inComponent);
        new RolePolicy(name + "-buckets", RolePolicyArgs.builder()
                .role(role.name())
                .policy(bucketPolicy(buckets))
                .build(), inComponent);

        List<DataGrant.Bucket> data = spec.bucketGrants();
        if (data.size() != spec.dataGrants().size()) {
            throw new IllegalArgumentException("AWS grants buckets only, not " + spec.dataGrants());
        }
        Output<Map<String, String>> ownerStatements = Output.of(Map.of());
        if (!data.isEmpty()) {
            new RolePolicy(name + "-data-access", RolePolicyArgs.builder()
                    .role(role.name())
                    .policy(dataPolicy(data))
                    .build(), inComponent);
            ownerStatements = role.arn().applyValue(arn -> ownerStatements(arn, data));
        }

        return new HubIdentity(
                role.arn().applyValue(arn -> Map.of("eks.amazonaws.com/role-arn", arn)),
                Map.of(),
                Map.of(),
                Output.of("s3://" + scratchName),
                persistentUrl,
                ownerStatements);
    }

    /**
     * Buckets the hub does not own, on the hub's role (an identity-based policy): listing each, and its objects
     * as the grant's access allows. A Requester Pays bucket needs no other permission: the requester's
     * requests carry {@code x-amz-request-payer: requester} (docs.aws.amazon.com/AmazonS3/latest/userguide/
     * ObjectsinRequesterPaysBuckets.html), which is the client's to send. A bucket of another account also
     * needs its owner's bucket policy to allow the role ({@link #ownerStatements}).
     */
    static String dataPolicy(List<DataGrant.Bucket> grants) {
        List<Map<String, Object>> statements = new ArrayList<>();
        statements.add(IamDocuments.statement("Allow", BUCKET_ACTIONS,
                grants.stream().map(g -> "arn:aws:s3:::" + g.name()).toList(), null, null));
        for (DataAccess access : DataAccess.values()) {
            List<String> objects = grants.stream().filter(g -> g.access() == access)
                    .map(g -> "arn:aws:s3:::" + g.name() + "/*").toList();
            if (!objects.isEmpty()) {
                statements.add(IamDocuments.statement("Allow", objectActions(access), objects, null, null));
            }
        }
        return IamDocuments.document(statements);
    }

    static List<String> objectActions(DataAccess access) {
        return switch (access) {
            case READ -> READ_OBJECT_ACTIONS;
            case READ_WRITE -> READ_WRITE_OBJECT_ACTIONS;
        };
    }

    /**
     * Per bucket, the statement its owner adds to the bucket's policy when the bucket is in another account:
     * cross-account access needs both the requester's identity policy and the owner's bucket policy
     * (docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html). A
     * bucket of the hub's own account needs nothing from its owner.
     */
    static Map<String, String> ownerStatements(String roleArn, List<DataGrant.Bucket> grants) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (DataGrant.Bucket grant : grants) {
            List<String> actions = new ArrayList<>(BUCKET_ACTIONS);
            actions.addAll(objectActions(grant.access()));
            out.put("s3://" + grant.name(), IamDocuments.json(IamDocuments.statement("Allow", actions,
                    List.of("arn:aws:s3:::" + grant.name(), "arn:aws:s3:::" + grant.name() + "/*"),
                    Map.of("AWS", roleArn), null)));
        }
        return out;
    }

    /** Objects of these buckets, and listing them; nothing else. */
    static String bucketPolicy(List<String> buckets) {
        return IamDocuments.document(List.of(
                IamDocuments.statement("Allow", BUCKET_ACTIONS,
                        buckets.stream().map(b -> "arn:aws:s3:::" + b).toList(), null, null),
                IamDocuments.statement("Allow", OBJECT_ACTIONS,
                        buckets.stream().map(b -> "arn:aws:s3:::" + b + "/*").toList(), null, null)));
    }

    /** A private, encrypted bucket; unless it is scratch, protected and retained with its data. */
    private static BucketV2 bucket(Resource component, ProviderResource provider, String resourceName, String bucketName,
                                   boolean scratch) {
        BucketV2 bucket = new BucketV2(resourceName, BucketV2Args.builder()
                .bucket(bucketName)
                // Scratch expires by design: it is the one user-data store a removed hub takes along.
                .forceDestroy(scratch)
                .build(), ChildOptions.of(component, provider).protect(!scratch).retainOnDelete(!scratch).build());
        CustomResourceOptions settings = ChildOptions.in(component, provider);
        new BucketPublicAccessBlock(resourceName, BucketPublicAccessBlockArgs.builder()
                .bucket(bucket.id())
                .blockPublicAcls(true)
                .blockPublicPolicy(true)
                .ignorePublicAcls(true)
                .restrictPublicBuckets(true)
                .build(), settings);
        new BucketOwnershipControls(resourceName, BucketOwnershipControlsArgs.builder()
                .bucket(bucket.id())
                .rule(BucketOwnershipControlsRuleArgs.builder().objectOwnership("BucketOwnerEnforced").build())
                .build(), settings);
        new BucketServerSideEncryptionConfigurationV2(resourceName, BucketServerSideEncryptionConfigurationV2Args.builder()
                .bucket(bucket.id())
                .rules(BucketServerSideEncryptionConfigurationV2RuleArgs.builder()
                        .applyServerSideEncryptionByDefault(
                                BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs.builder()
                                        .sseAlgorithm("AES256").build())
                        .build())
                .build(), settings);
        return bucket;
    }
}
