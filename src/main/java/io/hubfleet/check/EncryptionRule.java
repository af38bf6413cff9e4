package io.hubfleet.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.plan.PlanResource;

import java.util.ArrayList;
import java.util.List;

/**
 * Disks, file systems and buckets are encrypted at rest, and storage is reached over TLS. GCP and Azure
 * encrypt every disk, file share and bucket at rest with no setting to turn it off; on AWS it is
 * explicit. The one plaintext transport is NFS to the Azure home share (Azure Files NFS does not take
 * TLS), which the network rules confine to the node subnet.
 */
final class EncryptionRule implements SecurityRule {

    @Override
    public String id() {
        return "encryption";
    }

    @Override
    public String invariant() {
        return "disks, file systems and buckets are encrypted at rest; storage is reached over TLS (NFS in the node subnet excepted)";
    }

    @Override
    public List<Violation> check(PlanIndex plan) {
        List<Violation> out = new ArrayList<>();
        for (PlanResource template : plan.ofType("aws:ec2/launchTemplate:LaunchTemplate")) {
            for (JsonNode mapping : template.input("/blockDeviceMappings")) {
                if (!"true".equals(mapping.at("/ebs/encrypted").asText())) {
                    out.add(PlanIndex.violation(this, template, "node disk " + mapping.path("deviceName").asText()
                            + " is not encrypted", "set ebs.encrypted: true"));
                }
            }
        }
        for (PlanResource fileSystem : plan.ofType("aws:efs/fileSystem:FileSystem")) {
            if (!fileSystem.input("/encrypted").asBoolean(false)) {
                out.add(PlanIndex.violation(this, fileSystem, "the file system is not encrypted", "set encrypted: true"));
            }
        }
        for (PlanResource bucket : plan.ofType("aws:s3/bucketV2:BucketV2")) {
            boolean encrypted = plan.ofType("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2")
                    .stream().anyMatch(c -> c.input("/bucket").asText().equals("<stand-in:" + bucket.name() + ".id>"));
            if (!encrypted) {
                out.add(PlanIndex.violation(this, bucket, "no server-side encryption configuration",
                        "add a BucketServerSideEncryptionConfigurationV2"));
            }
        }
        for (PlanResource cluster : plan.ofType("aws:eks/cluster:Cluster")) {
            if (!cluster.input("/encryptionConfig/resources").toString().contains("secrets")) {
                out.add(PlanIndex.violation(this, cluster, "Kubernetes secrets are not encrypted with the cluster's key",
                        "set encryptionConfig for secrets"));
            }
        }
        for (PlanResource account : plan.ofType("azure-native:storage:StorageAccount")) {
            boolean nfsShare = "FileStorage".equals(account.input("/kind").asText());
            if (!nfsShare && !account.input("/enableHttpsTrafficOnly").asBoolean(false)) {
                out.add(PlanIndex.violation(this, account, "the account accepts plain HTTP", "set enableHttpsTrafficOnly: true"));
            }
            if (!"TLS1_2".equals(account.input("/minimumTlsVersion").asText())
                    && !"TLS1_3".equals(account.input("/minimumTlsVersion").asText())) {
                out.add(PlanIndex.violation(this, account, "old TLS versions are accepted", "set minimumTlsVersion: TLS1_2"));
            }
        }
        return out;
    }
}
