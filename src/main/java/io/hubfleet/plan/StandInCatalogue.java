package io.hubfleet.plan;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Structured stand-ins: outputs that are objects or lists, which the program reads (a cluster's CA
 * certificate, a file server's IP). Only the outputs hubfleet actually reads need an entry.
 */
final class StandInCatalogue {

    /** Outputs whose stand-in replaces the echoed input (the cloud fills in parts of it). */
    private static final Set<String> OVERRIDES = Set.of(
            "gcp:filestore/instance:Instance#networks",
            "aws:eks/cluster:Cluster#vpcConfig",
            "azure-native:containerservice:ManagedCluster#oidcIssuerProfile",
            "azure-native:containerservice:ManagedCluster#identity",
            "azure-native:subscription:Alias#properties",
            "azure-native:dataprotection:BackupVault#identity");

    private StandInCatalogue() {
    }

    /**
     * Azure resources are named by an input of their own (resourceGroupName, accountName, ...) and
     * report that name as their {@code name} output; the engine does the same.
     */
    private static final Map<String, String> AZURE_NAME_INPUTS = Map.ofEntries(
            Map.entry("azure-native:resources:ResourceGroup", "resourceGroupName"),
            Map.entry("azure-native:containerservice:ManagedCluster", "resourceName"),
            Map.entry("azure-native:containerservice:AgentPool", "agentPoolName"),
            Map.entry("azure-native:containerservice:MaintenanceConfiguration", "configName"),
            Map.entry("azure-native:network:VirtualNetwork", "virtualNetworkName"),
            Map.entry("azure-native:network:Subnet", "subnetName"),
            Map.entry("azure-native:network:PublicIPAddress", "publicIpAddressName"),
            Map.entry("azure-native:network:RecordSet", "relativeRecordSetName"),
            Map.entry("azure-native:storage:StorageAccount", "accountName"),
            Map.entry("azure-native:storage:BlobContainer", "containerName"),
            Map.entry("azure-native:storage:FileShare", "shareName"),
            Map.entry("azure-native:storage:ManagementPolicy", "managementPolicyName"),
            Map.entry("azure-native:managedidentity:UserAssignedIdentity", "resourceName"),
            Map.entry("azure-native:managedidentity:FederatedIdentityCredential", "federatedIdentityCredentialResourceName"),
            Map.entry("azure-native:recoveryservices:Vault", "vaultName"),
            Map.entry("azure-native:recoveryservices:ProtectionPolicy", "policyName"),
            Map.entry("azure-native:recoveryservices:ProtectionContainer", "containerName"),
            Map.entry("azure-native:recoveryservices:ProtectedItem", "protectedItemName"),
            Map.entry("azure-native:compute:Disk", "diskName"),
            Map.entry("azure-native:dataprotection:BackupVault", "vaultName"),
            Map.entry("azure-native:dataprotection:BackupInstance", "backupInstanceName"),
            Map.entry("azure-native:resources:Deployment", "deploymentName"));

    /** Outputs the cloud copies from inputs under another name. */
    static Map<String, Value> echoed(String type, Struct inputs) {
        String nameInput = AZURE_NAME_INPUTS.get(type);
        if (nameInput != null && inputs.getFieldsMap().containsKey(nameInput)) {
            return Map.of("name", inputs.getFieldsMap().get(nameInput));
        }
        return Map.of();
    }

    static boolean overridesInput(String type, String output) {
        return OVERRIDES.contains(type + "#" + output);
    }

    static Map<String, Value> structured(String type, String name, Struct inputs) {
        switch (type) {
            case "gcp:container/cluster:Cluster":
                return Map.of("masterAuth", object(Map.of(
                        "clusterCaCertificate", StandIns.text(name, "masterAuth.clusterCaCertificate"))));
            case "gcp:dns/managedZone:ManagedZone":
                // Cloud DNS assigns a zone its name servers (four), which the parent zone delegates to.
                return Map.of("nameServers", list(List.of(StandIns.text(name, "nameServers[0]"),
                        StandIns.text(name, "nameServers[1]"))));
            case "gcp:filestore/instance:Instance":
                return Map.of("networks", withField(inputs.getFieldsMap().get("networks"), "ipAddresses",
                        list(List.of(StandIns.text(name, "networks[0].ipAddresses[0]")))));
            case "aws:eks/cluster:Cluster": {
                Value issuer = object(Map.of("issuer", StandIns.text(name, "identities[0].oidcs[0].issuer")));
                Value identity = object(Map.of("oidcs", list(List.of(issuer))));
                return Map.of(
                        "certificateAuthority", object(Map.of("data", StandIns.text(name, "certificateAuthority.data"))),
                        "identities", list(List.of(identity)),
                        "vpcConfig", with(inputs.getFieldsMap().get("vpcConfig"), "clusterSecurityGroupId",
                                StandIns.text(name, "vpcConfig.clusterSecurityGroupId")));
            }
            case "aws:eks/nodeGroup:NodeGroup": {
                Value group = object(Map.of("name", StandIns.text(name, "resources[0].autoscalingGroups[0].name")));
                Value resource = object(Map.of("autoscalingGroups", list(List.of(group))));
                return Map.of("resources", list(List.of(resource)));
            }
            case "azure-native:containerservice:ManagedCluster":
                return Map.of(
                        "oidcIssuerProfile", with(inputs.getFieldsMap().get("oidcIssuerProfile"), "issuerURL",
                                StandIns.text(name, "oidcIssuerProfile.issuerURL")),
                        "identity", with(inputs.getFieldsMap().get("identity"), "principalId",
                                StandIns.text(name, "identity.principalId")));
            case "azure-native:dataprotection:BackupVault":
                return Map.of("identity", with(inputs.getFieldsMap().get("identity"), "principalId",
                        StandIns.text(name, "identity.principalId")));
            case "azure-native:subscription:Alias": {
                Value properties = with(inputs.getFieldsMap().get("properties"), "subscriptionId",
                        StandIns.text(name, "properties.subscriptionId"));
                properties = with(properties, "acceptOwnershipState", StandIns.text(name, "properties.acceptOwnershipState"));
                properties = with(properties, "acceptOwnershipUrl", StandIns.text(name, "properties.acceptOwnershipUrl"));
                return Map.of("properties", properties);
            }
            case "kubernetes:helm.sh/v3:Release": {
                // Helm reports what it installed; the program waits on it (reads after an install).
                Map<String, Value> status = new java.util.LinkedHashMap<>();
                status.put("status", StandIns.text(name, "status.status"));
                copy(inputs, "name", status);
                copy(inputs, "namespace", status);
                copy(inputs, "version", status);
                return Map.of("status", object(status));
            }
            case "kubernetes:core/v1:Service":
                // Only reads of Services reach here (hubfleet creates none): their cluster IP.
                return Map.of("spec", object(Map.of("clusterIP", StandIns.text(name, "spec.clusterIP"))));
            case "aws:ec2/launchTemplate:LaunchTemplate":
                return Map.of("latestVersion", Value.newBuilder().setNumberValue(1).build());
            default:
                return Map.of();
        }
    }

    private static void copy(Struct inputs, String field, Map<String, Value> into) {
        Value value = inputs.getFieldsMap().get(field);
        if (value != null) {
            into.put(field, value);
        }
    }

    /** An object input with one more field, as the cloud returns it. */
    private static Value with(Value objectInput, String field, Value value) {
        Struct.Builder out = objectInput != null && objectInput.hasStructValue()
                ? objectInput.getStructValue().toBuilder() : Struct.newBuilder();
        return Value.newBuilder().setStructValue(out.putFields(field, value)).build();
    }

    /** A list input with one more field in each element, as the cloud returns it. */
    private static Value withField(Value listInput, String field, Value value) {
        if (listInput == null || !listInput.hasListValue()) {
            return list(List.of(object(Map.of(field, value))));
        }
        ListValue.Builder out = ListValue.newBuilder();
        for (Value element : listInput.getListValue().getValuesList()) {
            out.addValues(Value.newBuilder().setStructValue(element.getStructValue().toBuilder().putFields(field, value)));
        }
        return Value.newBuilder().setListValue(out).build();
    }

    static Value object(Map<String, Value> fields) {
        return Value.newBuilder().setStructValue(Struct.newBuilder().putAllFields(fields)).build();
    }

    static Value list(List<Value> items) {
        return Value.newBuilder().setListValue(ListValue.newBuilder().addAllValues(items)).build();
    }
}
