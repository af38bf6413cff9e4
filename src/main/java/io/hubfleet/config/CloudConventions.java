package io.hubfleet.config;

import io.hubfleet.config.portable.Cloud;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How each cloud names its regions, zones and accounts, and the limits its managed Kubernetes puts on
 * settings the stack file shares across clouds. One instance per cloud.
 */
public enum CloudConventions {

    GCP(Cloud.GCP,
            Pattern.compile("^[a-z]+-[a-z]+[0-9]$"), "a GCP region such as us-central1 or europe-west4",
            Pattern.compile("^[a-z][a-z0-9-]{4,28}[a-z0-9]$"),
            "a GCP project id: 6 to 30 lowercase letters, digits and '-', starting with a letter",
            true),
    AWS(Cloud.AWS,
            Pattern.compile("^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]$"), "an AWS region such as us-west-2 or eu-central-1",
            Pattern.compile("^[0-9]{12}$"), "a 12-digit AWS account id",
            false),
    AZURE(Cloud.AZURE,
            Pattern.compile("^[a-z]+[0-9]?$"), "an Azure region such as westeurope or eastus2",
            Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
            "an Azure subscription id: a lowercase GUID",
            false);

    private final Cloud cloud;
    private final Pattern region;
    private final String regionAllowed;
    private final Pattern accountId;
    private final String accountIdAllowed;
    private final boolean zoneRequired;

    CloudConventions(Cloud cloud, Pattern region, String regionAllowed, Pattern accountId, String accountIdAllowed,
                     boolean zoneRequired) {
        this.cloud = cloud;
        this.region = region;
        this.regionAllowed = regionAllowed;
        this.accountId = accountId;
        this.accountIdAllowed = accountIdAllowed;
        this.zoneRequired = zoneRequired;
    }

    public static CloudConventions of(Cloud cloud) {
        return valueOf(cloud.name());
    }

    public Cloud cloud() {
        return cloud;
    }

    public boolean isRegion(String name) {
        return region.matcher(name).matches();
    }

    public String regionAllowed() {
        return regionAllowed;
    }

    public boolean isAccountId(String id) {
        return accountId.matcher(id).matches();
    }

    public String accountIdAllowed() {
        return accountIdAllowed;
    }

    /** GCP needs a zone for the zonal cluster and for Filestore's zonal tiers; elsewhere it is optional. */
    public boolean zoneRequired() {
        return zoneRequired;
    }

    /** Why {@code zone} is not a zone of {@code regionName}, or empty when it is. */
    public Optional<String> zoneProblem(String regionName, String zone) {
        boolean ok = switch (cloud) {
            case GCP -> zone.matches(Pattern.quote(regionName) + "-[a-z]");
            case AWS -> zone.matches(Pattern.quote(regionName) + "[a-z]");
            case AZURE -> zone.matches("[1-3]");
        };
        return ok ? Optional.empty() : Optional.of("\"" + zone + "\" is not a zone of " + regionName);
    }

    public String zoneAllowed(String regionName) {
        return switch (cloud) {
            case GCP -> "a zone of " + regionName + " such as " + regionName + "-b";
            case AWS -> "an availability zone of " + regionName + " such as " + regionName + "a";
            case AZURE -> "an availability zone number: 1, 2 or 3";
        };
    }

    /**
     * The fewest hours a week the maintenance window may offer. GKE wants 48 hours in any 32 days and
     * every weekday occurs at least 4 times in 32 days, so 12 hours a week; the others set no floor.
     */
    public int minimumMaintenanceHoursPerWeek() {
        return cloud == Cloud.GCP ? 12 : 4;
    }

    /**
     * The smallest home storage a tier can have: GCP Filestore BASIC_HDD 1 TiB and BASIC_SSD 2.5 TiB,
     * Azure Files premium shares 100 GiB; EFS grows with its data, so any size.
     */
    public int minimumHomeCapacityGiB(StorageTier tier) {
        return switch (cloud) {
            case GCP -> tier == StorageTier.STANDARD ? 1024 : 2560;
            case AWS -> 0;
            case AZURE -> 100;
        };
    }

    /** The cloud's own name for a home storage tier. */
    public String homeStorageTierName(StorageTier tier) {
        return switch (cloud) {
            case GCP -> tier == StorageTier.STANDARD ? "Filestore BASIC_HDD" : "Filestore BASIC_SSD";
            case AWS -> "EFS General Purpose with elastic throughput (both tiers: EFS grows with its data)";
            case AZURE -> "Azure Files premium (NFS needs premium)";
        };
    }

    /**
     * The zones nodes spread over when the stack names none: on AWS the region's a, b and c (EKS
     * needs subnets in at least two); elsewhere none, leaving the choice to the cloud.
     */
    public List<String> defaultZones(String regionName) {
        return cloud == Cloud.AWS ? List.of(regionName + "a", regionName + "b", regionName + "c") : List.of();
    }

    /** The fewest zones a stack may name. */
    public int minimumZones() {
        return cloud == Cloud.AWS ? 2 : 1;
    }

    /**
     * The longest prefix the node range may have: on AWS it is the VPC, split into a /(p+3) private and
     * a /(p+8) public subnet per zone, and pods take VPC addresses, so at least a /20.
     */
    public int maximumNodeCidrPrefix() {
        return cloud == Cloud.AWS ? 20 : 24;
    }

    /** Whether a cluster administrator is named the way this cloud names principals. */
    public boolean isAdminPrincipal(String principal) {
        return switch (cloud) {
            case GCP -> principal.matches("^(user|group|serviceAccount):[^@\\s]+@[^@\\s]+$");
            case AWS -> principal.matches("^arn:aws[a-z-]*:iam::[0-9]{12}:(role|user)/[\\w+=,.@/-]+$");
            case AZURE -> accountId.matcher(principal).matches();
        };
    }

    public String adminPrincipalAllowed() {
        return switch (cloud) {
            case GCP -> "an IAM member such as user:alice@example.org or group:ops@example.org";
            case AWS -> "an IAM role or user ARN such as arn:aws:iam::123456789012:role/ops";
            case AZURE -> "an Entra ID group's object id (a lowercase GUID)";
        };
    }

    /**
     * A pool's name as the cloud spells it, if the cloud is stricter than DNS labels: AKS agent pools
     * are 1 to 12 lowercase letters and digits.
     */
    public Optional<String> cloudPoolName(String pool) {
        return cloud == Cloud.AZURE ? Optional.of(pool.replace("-", "")) : Optional.empty();
    }

    /** The longest backup retention the cloud's backup of file shares allows (Azure Files: 200 snapshots). */
    public int maximumBackupRetentionDays() {
        return cloud == Cloud.AZURE ? 200 : 3650;
    }

    /**
     * The smallest disk a hub's homes may have: GCP pd-balanced and pd-ssd 10 GiB
     * (https://cloud.google.com/compute/docs/disks#disk-types); EBS gp3 1 GiB
     * (https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html); Azure managed disks 4 GiB,
     * their smallest tier (https://learn.microsoft.com/azure/virtual-machines/disks-types). 10 everywhere
     * keeps stacks portable.
     */
    public int minimumDiskGiB() {
        return 10;
    }

    /**
     * The largest: GCP 64 TiB (65536 GiB); EBS gp3 16 TiB (16384 GiB); Azure 32767 GiB (same sources).
     */
    public int maximumDiskGiB() {
        return switch (cloud) {
            case GCP -> 65536;
            case AWS -> 16384;
            case AZURE -> 32767;
        };
    }

    /** The cloud's disk type for a tier (docs/components/filestore.md). */
    public String diskTypeName(StorageTier tier) {
        return switch (cloud) {
            case GCP -> tier == StorageTier.STANDARD ? "pd-balanced" : "pd-ssd";
            case AWS -> tier == StorageTier.STANDARD ? "gp3" : "gp3 with 6000 IOPS and 250 MiB/s";
            case AZURE -> tier == StorageTier.STANDARD ? "StandardSSD_LRS" : "Premium_LRS";
        };
    }

    /**
     * The longest a disk snapshot may be kept: AWS Data Lifecycle Manager keeps at most 1000 snapshots of
     * a schedule (one a day: 1000 days; https://docs.aws.amazon.com/dlm/latest/APIReference/API_RetainRule.html);
     * Azure Disk Backup's operational tier keeps snapshots up to 365 days
     * (https://learn.microsoft.com/azure/backup/disk-backup-support-matrix: at most a year, or 450
     * snapshots); GCP snapshot schedules set no smaller limit than the stack file's.
     */
    public int maximumSnapshotRetentionDays() {
        return switch (cloud) {
            case GCP -> 3650;
            case AWS -> 1000;
            case AZURE -> 365;
        };
    }

    /**
     * Why a disk snapshot schedule cannot start at this time, if it cannot: GCP's snapshot schedules start
     * on whole hours (https://cloud.google.com/compute/docs/disks/scheduled-snapshots); DLM and Azure Disk
     * Backup take any minute.
     */
    public Optional<String> snapshotTimeProblem(java.time.LocalTime time) {
        return cloud == Cloud.GCP && time.getMinute() != 0
                ? Optional.of(time + " is not on the hour: GCP snapshot schedules start on whole hours")
                : Optional.empty();
    }

    /** GKE's private control plane takes exactly a /28; the others do not use the range. */
    public Optional<Integer> controlPlanePrefixLength() {
        return cloud == Cloud.GCP ? Optional.of(28) : Optional.empty();
    }
}
