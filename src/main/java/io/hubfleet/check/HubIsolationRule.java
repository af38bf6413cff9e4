package io.hubfleet.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hubfleet.plan.PlanResource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Each hub's identity reaches only its own buckets: every grant made for a hub names a bucket or
 * container of that hub, and nothing grants a hub's identity anything project-, account- or
 * subscription-wide.
 */
final class HubIsolationRule implements SecurityRule {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String id() {
        return "hub-isolation";
    }

    @Override
    public String invariant() {
        return "each hub's cloud identity reaches only its own buckets";
    }

    /**
     * Whether a role is one pods can assume (trusting web identities, as the hub's users' role does). A
     * role the plan cannot name counts as one: the rule errs towards reporting.
     */
    static boolean usersRole(PlanIndex plan, String roleReference) {
        return plan.standInSource(roleReference, "aws:iam/role:Role")
                .map(role -> role.input("/assumeRolePolicy").asText().contains("sts:AssumeRoleWithWebIdentity"))
                .orElse(true);
    }

    /** Whether a principal is a hub's user-assigned identity (the one its pods federate to); unknown ones count. */
    static boolean usersIdentity(PlanIndex plan, String principalReference) {
        if (plan.standInSource(principalReference, "azure-native:managedidentity:UserAssignedIdentity").isPresent()) {
            return true;
        }
        return plan.standInSource(principalReference, "azure-native:containerservice:ManagedCluster").isEmpty()
                && plan.standInSource(principalReference, "azure-native:dataprotection:BackupVault").isEmpty();
    }

    @Override
    public List<Violation> check(PlanIndex plan) {
        List<Violation> out = new ArrayList<>();
        for (PlanResource grant : plan.ofType("gcp:storage/bucketIAMMember:BucketIAMMember")) {
            Optional<PlanResource> hub = plan.hubOf(grant);
            String member = grant.input("/member").asText();
            if (member.startsWith("allUsers") || member.startsWith("allAuthenticatedUsers")) {
                continue; // no-public-buckets reports it
            }
            if (hub.isPresent()) {
                Set<String> own = names(plan, hub.get(), "gcp:storage/bucket:Bucket", "/name");
                if (!own.contains(grant.input("/bucket").asText())) {
                    out.add(PlanIndex.violation(this, grant, "grants hub " + hub.get().name() + " the bucket "
                            + grant.input("/bucket").asText() + ", which is not its own", "grant only the hub's own buckets"));
                }
            }
        }
        for (PlanResource grant : plan.ofType("gcp:projects/iAMMember:IAMMember")) {
            plan.hubOf(grant).ifPresent(hub -> out.add(PlanIndex.violation(this, grant, "grants hub " + hub.name()
                    + " the project-wide role " + grant.input("/role").asText(), "grant roles on the hub's own buckets only")));
        }
        for (PlanResource policy : plan.ofType("aws:iam/rolePolicy:RolePolicy")) {
            Optional<PlanResource> hub = plan.hubOf(policy);
            if (hub.isEmpty()) {
                continue;
            }
            Set<String> own = names(plan, hub.get(), "aws:s3/bucketV2:BucketV2", "/bucket");
            for (String resource : resources(policy.input("/policy").asText())) {
                String bucket = resource.startsWith("arn:aws:s3:::") ? resource.substring("arn:aws:s3:::".length())
                        .replaceAll("/.*$", "") : null;
                if (bucket == null || !own.contains(bucket)) {
                    out.add(PlanIndex.violation(this, policy, "lets hub " + hub.get().name() + " reach " + resource,
                            "allow only the hub's own buckets (arn:aws:s3:::<bucket> and arn:aws:s3:::<bucket>/*)"));
                }
            }
        }
        for (PlanResource attachment : plan.ofType("aws:iam/rolePolicyAttachment:RolePolicyAttachment")) {
            if (!usersRole(plan, attachment.input("/role").asText())) {
                continue; // a service's role under the hub (its disk's snapshots), which no pod can assume
            }
            plan.hubOf(attachment).ifPresent(hub -> out.add(PlanIndex.violation(this, attachment, "attaches the managed "
                    + "policy " + attachment.input("/policyArn").asText() + " to hub " + hub.name() + "'s role",
                    "grant the hub's own buckets in its inline policy only")));
        }
        for (PlanResource assignment : plan.ofType("azure-native:authorization:RoleAssignment")) {
            Optional<PlanResource> hub = plan.hubOf(assignment);
            if (hub.isEmpty() || !usersIdentity(plan, assignment.input("/principalId").asText())) {
                continue; // the cluster's or a backup vault's identity, for the hub's disk: no pod holds them
            }
            boolean ownContainer = plan.standInSource(assignment.input("/scope").asText(), "azure-native:storage:BlobContainer")
                    .map(container -> plan.inHub(container, hub.get())).orElse(false);
            if (!ownContainer) {
                out.add(PlanIndex.violation(this, assignment, "grants hub " + hub.get().name() + " a role on "
                        + assignment.input("/scope").asText(), "scope the assignment to one of the hub's own containers"));
            }
        }
        return out;
    }

    private static Set<String> names(PlanIndex plan, PlanResource hub, String type, String pointer) {
        Set<String> out = new HashSet<>();
        plan.ofType(type).stream().filter(r -> plan.inHub(r, hub)).forEach(r -> out.add(r.input(pointer).asText()));
        return out;
    }

    /** Every Resource of an IAM policy document. */
    private static List<String> resources(String document) {
        List<String> out = new ArrayList<>();
        try {
            for (JsonNode statement : JSON.readTree(document).path("Statement")) {
                JsonNode resource = statement.path("Resource");
                if (resource.isArray()) {
                    resource.forEach(r -> out.add(r.asText()));
                } else if (resource.isTextual()) {
                    out.add(resource.asText());
                }
            }
        } catch (java.io.IOException e) {
            out.add("(an unreadable policy document)");
        }
        return out;
    }
}
