package io.hubfleet.cloud.aws;

import com.pulumi.aws.dlm.LifecyclePolicy;
import com.pulumi.aws.dlm.LifecyclePolicyArgs;
import com.pulumi.aws.dlm.inputs.LifecyclePolicyPolicyDetailsArgs;
import com.pulumi.aws.dlm.inputs.LifecyclePolicyPolicyDetailsScheduleArgs;
import com.pulumi.aws.dlm.inputs.LifecyclePolicyPolicyDetailsScheduleCreateRuleArgs;
import com.pulumi.aws.dlm.inputs.LifecyclePolicyPolicyDetailsScheduleRetainRuleArgs;
import com.pulumi.aws.ebs.Volume;
import com.pulumi.aws.ebs.VolumeArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.Resource;
import io.hubfleet.cloud.HomeStorageTier;
import io.hubfleet.cloud.BackupPolicy;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.CloudNames;
import io.hubfleet.cloud.HomeDiskSpec;
import io.hubfleet.cloud.ProvisionedHomeDisk;

import java.util.Map;
import java.util.Optional;

/**
 * A hub's home disk on AWS: an encrypted gp3 EBS volume in the cluster's home zone (where its core nodes
 * run), protected and retained, and a Data Lifecycle Manager policy that snapshots it daily and keeps one
 * snapshot per day of the retention, through a role only DLM can assume. The layout 2i2c runs
 * (terraform/aws/ebs-volumes.tf, data-lifecycle-manager.tf); the EBS CSI driver add-on attaches it.
 */
final class AwsHomeDisk {

    /** The EBS CSI driver (the cluster's aws-ebs-csi-driver add-on). */
    static final String CSI_DRIVER = "ebs.csi.aws.com";
    /** The tag DLM selects the volume by. */
    static final String SNAPSHOT_TAG = "hubfleet:home-disk";
    /** AWS's managed policy for DLM's EBS snapshot policies. */
    static final String DLM_POLICY = "arn:aws:iam::aws:policy/service-role/AWSDataLifecycleManagerServiceRole";
    /**
     * Premium: gp3 above its included 3,000 IOPS and 125 MiB/s (https://aws.amazon.com/ebs/general-purpose/),
     * a gp3 volume's most throughput per IOPS is 0.25 MiB/s.
     */
    static final int PREMIUM_IOPS = 6000;
    static final int PREMIUM_THROUGHPUT_MIBPS = 250;

    private AwsHomeDisk() {
    }

    static ProvisionedHomeDisk provision(Resource parent, String name, HomeDiskSpec spec, ProviderResource provider, EksHubHost eks) {
        CustomResourceOptions inParent = ChildOptions.in(parent, provider);
        String diskName = CloudNames.fit(eks.clusterName() + "-" + spec.hubName() + "-home", 63);
        VolumeArgs.Builder volume = VolumeArgs.builder()
                .availabilityZone(eks.homeZone())
                .type("gp3")
                .size(spec.capacityGiB())
                .encrypted(true)
                .tags(Map.of("Name", diskName, SNAPSHOT_TAG, diskName, "hubfleet:hub", spec.hubName()));
        if (spec.tier() == HomeStorageTier.PREMIUM) {
            volume.iops(PREMIUM_IOPS).throughput(PREMIUM_THROUGHPUT_MIBPS);
        }
        Volume disk = new Volume(name + "-disk", volume.build(),
                ChildOptions.of(parent, provider).protect(true).retainOnDelete(true).build());

        if (spec.backups().isPresent()) {
            BackupPolicy backups = spec.backups().get();
            Role role = new Role(name + "-snapshots", RoleArgs.builder()
                    .assumeRolePolicy(IamDocuments.serviceTrust("dlm.amazonaws.com"))
                    .description("Daily snapshots of the home disk " + diskName)
                    .build(), inParent);
            new RolePolicyAttachment(name + "-snapshots", RolePolicyAttachmentArgs.builder()
                    .role(role.name()).policyArn(DLM_POLICY).build(), inParent);
            new LifecyclePolicy(name + "-snapshots", LifecyclePolicyArgs.builder()
                    .description("Daily snapshots of " + diskName)
                    .executionRoleArn(role.arn())
                    .state("ENABLED")
                    .policyDetails(LifecyclePolicyPolicyDetailsArgs.builder()
                            .resourceTypes("VOLUME")
                            .targetTags(Map.of(SNAPSHOT_TAG, diskName))
                            .schedules(LifecyclePolicyPolicyDetailsScheduleArgs.builder()
                                    .name("daily")
                                    .createRule(LifecyclePolicyPolicyDetailsScheduleCreateRuleArgs.builder()
                                            .interval(24)
                                            .intervalUnit("HOURS")
                                            .times(backups.timeUtcText())
                                            .build())
                                    // One snapshot a day: as many as the retention has days.
                                    .retainRule(LifecyclePolicyPolicyDetailsScheduleRetainRuleArgs.builder()
                                            .count(backups.retentionDays())
                                            .build())
                                    .copyTags(true)
                                    .build())
                            .build())
                    .build(), ChildOptions.of(parent, provider).dependsOn(disk).build());
        }
        return new ProvisionedHomeDisk(disk.id(), Optional.of("eks"), CSI_DRIVER,
                Map.of("topology.kubernetes.io/zone", eks.homeZone()));
    }
}
