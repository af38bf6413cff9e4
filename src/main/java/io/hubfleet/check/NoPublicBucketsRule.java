package io.hubfleet.check;

import io.hubfleet.plan.PlanResource;

import java.util.ArrayList;
import java.util.List;

/** No bucket or container can be made public: public access is prevented, and nothing grants it. */
final class NoPublicBucketsRule implements SecurityRule {

    @Override
    public String id() {
        return "no-public-buckets";
    }

    @Override
    public String invariant() {
        return "no bucket or blob container is, or can be made, public";
    }

    @Override
    public List<Violation> check(PlanIndex plan) {
        List<Violation> out = new ArrayList<>();
        for (PlanResource bucket : plan.ofType("gcp:storage/bucket:Bucket")) {
            if (!"enforced".equals(bucket.input("/publicAccessPrevention").asText())
                    || !bucket.input("/uniformBucketLevelAccess").asBoolean(false)) {
                out.add(PlanIndex.violation(this, bucket, "public access is not prevented",
                        "set publicAccessPrevention: enforced and uniformBucketLevelAccess: true"));
            }
        }
        for (PlanResource grant : plan.ofType("gcp:storage/bucketIAMMember:BucketIAMMember")) {
            String member = grant.input("/member").asText();
            if (member.equals("allUsers") || member.equals("allAuthenticatedUsers")) {
                out.add(PlanIndex.violation(this, grant, "grants " + member, "grant named identities only"));
            }
        }
        for (PlanResource bucket : plan.ofType("aws:s3/bucketV2:BucketV2")) {
            boolean blocked = plan.ofType("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock").stream()
                    .filter(block -> block.input("/bucket").asText().equals("<stand-in:" + bucket.name() + ".id>"))
                    .anyMatch(block -> block.input("/blockPublicAcls").asBoolean(false)
                            && block.input("/blockPublicPolicy").asBoolean(false)
                            && block.input("/ignorePublicAcls").asBoolean(false)
                            && block.input("/restrictPublicBuckets").asBoolean(false));
            if (!blocked) {
                out.add(PlanIndex.violation(this, bucket, "public access is not blocked",
                        "add a BucketPublicAccessBlock with all four settings true"));
            }
        }
        for (PlanResource account : plan.ofType("azure-native:storage:StorageAccount")) {
            if (account.input("/allowBlobPublicAccess").asBoolean(true)) {
                out.add(PlanIndex.violation(this, account, "containers may be made public", "set allowBlobPublicAccess: false"));
            }
        }
        for (PlanResource container : plan.ofType("azure-native:storage:BlobContainer")) {
            String access = container.input("/publicAccess").asText("None");
            if (!access.equals("None")) {
                out.add(PlanIndex.violation(this, container, "public access is " + access, "set publicAccess: None"));
            }
        }
        return out;
    }
}
