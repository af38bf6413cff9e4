package io.hubfleet.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hubfleet.plan.PlanResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Each hub's identity reaches only its own buckets and exactly the data its {@code dataAccess} declares: every
 * grant made for a hub names a bucket or container of that hub, or a declared target with the declared access
 * (no wider role, no wider scope) for that hub's own identity; and nothing grants a hub's identity anything
 * project-, account- or subscription-wide, but for the one project role Requester Pays needs when the hub
 * declares such a bucket. The declared grants are the hub component's output {@code dataAccess}, written
 * from the stack file by the component, apart from the cloud code that makes the grants.
 */
final class HubIsolationRule implements SecurityRule {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GCP_ACCOUNT = "gcp:serviceaccount/account:Account";

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

    /** GCS: the predefined role each declared access gets on a bucket the hub does not own (GcpHubIdentityBackend). */
    static final Map<String, String> GCS_ROLES = Map.of("read", "roles/storage.objectViewer",
            "read-write", "roles/storage.objectUser");
    /** GCS Requester Pays: the one project role a hub may hold, and only when it declares such a bucket. */
    static final String REQUESTER_PAYS_ROLE = "roles/serviceusage.serviceUsageConsumer";
    /** S3: what a declared bucket's ARN may be allowed (listing it). */
    static final Set<String> S3_BUCKET_ACTIONS = Set.of("s3:ListBucket", "s3:GetBucketLocation");
    /** S3: what a declared bucket's objects may be allowed, per declared access. */
    static final Map<String, Set<String>> S3_OBJECT_ACTIONS = Map.of(
            "read", Set.of("s3:GetObject"),
            "read-write", Set.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload",
                    "s3:ListMultipartUploadParts"));
    /** Azure: the built-in role (definition GUID) each declared access gets (Storage Blob Data Reader, Contributor). */
    static final Map<String, String> AZURE_ROLES = Map.of("read", "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1",
            "read-write", "ba92f5b4-2d11-453d-a403-e96b0029c9fe");
    private static final String FIX_DECLARED = "grant only the hub's own buckets and what its dataAccess declares";

    /** A hub's declared data access, by target (Azure scopes in lower case): the hub's output {@code dataAccess}. */
    static Map<String, JsonNode> declared(PlanResource hub) {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode entry : hub.outputs().path("dataAccess")) {
            String target = entry.path("target").asText();
            out.put(target.startsWith("/") ? target.toLowerCase(Locale.ROOT) : target, entry);
        }
        return out;
    }

    /** Whether a value comes from a resource of the given type in the hub (its own identity). */
    private static boolean hubsOwn(PlanIndex plan, PlanResource hub, String value, String type) {
        return plan.standInSource(value, type).map(source -> plan.inHub(source, hub)).orElse(false);
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
                String bucket = grant.input("/bucket").asText();
                JsonNode declaration = declared(hub.get()).get("gs://" + bucket);
                if (own.contains(bucket)) {
                    continue;
                }
                if (declaration == null) {
                    out.add(PlanIndex.violation(this, grant, "grants hub " + hub.get().name() + " the bucket "
                            + bucket + ", which is neither its own nor in its dataAccess", FIX_DECLARED));
                    continue;
                }
                String access = declaration.path("access").asText();
                String role = grant.input("/role").asText();
                if (!role.equals(GCS_ROLES.get(access))) {
                    out.add(PlanIndex.violation(this, grant, "grants hub " + hub.get().name() + " " + role + " on "
                            + bucket + ", whose dataAccess is " + access, "grant exactly " + GCS_ROLES.get(access)));
                }
                if (!member.startsWith("serviceAccount:")
                        || !hubsOwn(plan, hub.get(), member.substring("serviceAccount:".length()), GCP_ACCOUNT)) {
                    out.add(PlanIndex.violation(this, grant, "grants hub " + hub.get().name() + "'s declared bucket "
                            + bucket + " to " + member + ", not to the hub's own identity",
                            "grant a hub's dataAccess to that hub's service account only"));
                }
            }
        }
        for (PlanResource grant : plan.ofType("gcp:projects/iAMMember:IAMMember")) {
            plan.hubOf(grant).ifPresent(hub -> {
                boolean requesterPays = declared(hub).values().stream().anyMatch(d -> d.path("requesterPays").asBoolean());
                String member = grant.input("/member").asText();
                boolean allowed = requesterPays && REQUESTER_PAYS_ROLE.equals(grant.input("/role").asText())
                        && member.startsWith("serviceAccount:")
                        && hubsOwn(plan, hub, member.substring("serviceAccount:".length()), GCP_ACCOUNT);
                if (!allowed) {
                    out.add(PlanIndex.violation(this, grant, "grants hub " + hub.name() + " the project-wide role "
                            + grant.input("/role").asText() + (REQUESTER_PAYS_ROLE.equals(grant.input("/role").asText())
                            ? " (to " + member + (requesterPays ? ")" : ", and no bucket of its dataAccess is Requester Pays)") : ""),
                            "grant roles on the hub's own buckets only (and " + REQUESTER_PAYS_ROLE
                                    + " to the hub's own identity for a declared Requester Pays bucket)"));
                }
            });
        }
        for (PlanResource policy : plan.ofType("aws:iam/rolePolicy:RolePolicy")) {
            Optional<PlanResource> hub = plan.hubOf(policy);
            if (hub.isEmpty()) {
                continue;
            }
            Set<String> own = names(plan, hub.get(), "aws:s3/bucketV2:BucketV2", "/bucket");
            Map<String, JsonNode> declared = declared(hub.get());
            boolean grantsDeclared = false;
            for (Statement statement : statements(policy.input("/policy").asText())) {
                if (statement.negated()) {
                    out.add(PlanIndex.violation(this, policy, "lets hub " + hub.get().name() + " act through "
                            + "NotAction or NotResource, which allow everything they do not name",
                            "name the actions and resources allowed (Action, Resource)"));
                }
                for (String resource : statement.resources()) {
                    String bucket = resource.startsWith("arn:aws:s3:::") ? resource.substring("arn:aws:s3:::".length())
                            .replaceAll("/.*$", "") : null;
                    if (bucket != null && own.contains(bucket)) {
                        continue;
                    }
                    JsonNode declaration = bucket == null ? null : declared.get("s3://" + bucket);
                    if (declaration == null || !(resource.equals("arn:aws:s3:::" + bucket)
                            || resource.equals("arn:aws:s3:::" + bucket + "/*"))) {
                        out.add(PlanIndex.violation(this, policy, "lets hub " + hub.get().name() + " reach " + resource,
                                "allow only the hub's own buckets and those its dataAccess declares "
                                        + "(arn:aws:s3:::<bucket> and arn:aws:s3:::<bucket>/*)"));
                        continue;
                    }
                    grantsDeclared = true;
                    String access = declaration.path("access").asText();
                    Set<String> allowed = resource.endsWith("/*") ? S3_OBJECT_ACTIONS.getOrDefault(access, Set.of())
                            : S3_BUCKET_ACTIONS;
                    List<String> wider = statement.actions().stream().filter(a -> !allowed.contains(a)).toList();
                    if (!statement.allow() || !wider.isEmpty()) {
                        out.add(PlanIndex.violation(this, policy, "allows hub " + hub.get().name() + " "
                                + (statement.allow() ? wider : "a Deny or other effect") + " on " + resource
                                + ", whose dataAccess is " + access, "allow exactly " + new java.util.TreeSet<>(allowed)));
                    }
                }
            }
            if (grantsDeclared && !hubsOwn(plan, hub.get(), policy.input("/role").asText(), "aws:iam/role:Role")) {
                out.add(PlanIndex.violation(this, policy, "gives hub " + hub.get().name() + "'s dataAccess to the role "
                        + policy.input("/role").asText() + ", not the hub's own", "attach a hub's dataAccess to that "
                        + "hub's users' role only"));
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
            String scope = assignment.input("/scope").asText();
            boolean ownContainer = plan.standInSource(scope, "azure-native:storage:BlobContainer")
                    .map(container -> plan.inHub(container, hub.get())).orElse(false);
            if (ownContainer) {
                continue;
            }
            JsonNode declaration = declared(hub.get()).get(scope.toLowerCase(Locale.ROOT));
            if (declaration == null) {
                out.add(PlanIndex.violation(this, assignment, "grants hub " + hub.get().name() + " a role on "
                        + scope, "scope the assignment to one of the hub's own containers or exactly a scope its "
                        + "dataAccess declares"));
                continue;
            }
            String access = declaration.path("access").asText();
            String role = assignment.input("/roleDefinitionId").asText();
            if (!role.toLowerCase(Locale.ROOT).endsWith("/roledefinitions/" + AZURE_ROLES.get(access))) {
                out.add(PlanIndex.violation(this, assignment, "grants hub " + hub.get().name() + " the role " + role
                        + " on " + scope + ", whose dataAccess is " + access, "assign exactly the built-in role "
                        + AZURE_ROLES.get(access)));
            }
            if (!hubsOwn(plan, hub.get(), assignment.input("/principalId").asText(),
                    "azure-native:managedidentity:UserAssignedIdentity")) {
                out.add(PlanIndex.violation(this, assignment, "grants hub " + hub.get().name() + "'s declared " + scope
                        + " to " + assignment.input("/principalId").asText() + ", not the hub's own identity",
                        "assign a hub's dataAccess to that hub's identity only"));
            }
        }
        return out;
    }

    private static Set<String> names(PlanIndex plan, PlanResource hub, String type, String pointer) {
        Set<String> out = new HashSet<>();
        plan.ofType(type).stream().filter(r -> plan.inHub(r, hub)).forEach(r -> out.add(r.input(pointer).asText()));
        return out;
    }

    /**
     * One statement of an IAM policy document: its effect, actions and resources, and whether it names what it
     * does not allow instead (NotAction, NotResource).
     */
    record Statement(boolean allow, List<String> actions, List<String> resources, boolean negated) {
    }

    /** Every statement of an IAM policy document; an unreadable one as a statement reaching nothing known. */
    private static List<Statement> statements(String document) {
        List<Statement> out = new ArrayList<>();
        try {
            for (JsonNode statement : JSON.readTree(document).path("Statement")) {
                out.add(new Statement(statement.path("Effect").asText().equals("Allow"),
                        texts(statement.path("Action")), texts(statement.path("Resource")),
                        statement.has("NotAction") || statement.has("NotResource")));
            }
        } catch (java.io.IOException e) {
            out.add(new Statement(true, List.of(), List.of("(an unreadable policy document)"), false));
        }
        return out;
    }

    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(r -> out.add(r.asText()));
        } else if (node.isTextual()) {
            out.add(node.asText());
        }
        return out;
    }
}
