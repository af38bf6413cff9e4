package io.hubfleet.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;

/**
 * One resource of a plan: what the program asked the engine to register, as the engine saw it.
 * Secret values in {@link #inputs} and {@link #outputs} read {@value PlanValues#SECRET}.
 *
 * @param urn                 the resource's URN
 * @param type                its type token
 * @param name                its logical name
 * @param parent              the parent's URN, or null for the stack itself
 * @param provider            the explicit provider's URN, or null for the default provider
 * @param custom              true for cloud resources, false for components (and the stack)
 * @param protect             whether Pulumi refuses to delete it
 * @param retainOnDelete      whether deleting it from the program leaves it in the cloud
 * @param deleteBeforeReplace whether a replacement deletes the old one first
 * @param ignoreChanges       input paths whose drift Pulumi ignores
 * @param dependsOn           explicit dependencies (URNs)
 * @param inputs              the inputs, masked
 * @param outputs             a component's registered outputs, masked; empty for cloud resources
 * @param standIns            outputs the offline engine invented because only the cloud knows them
 * @param secretFingerprints  JSON pointer of each secret input to a fingerprint that changes when the
 *                            stack file's encrypted value behind it does
 * @param aliases             the URNs the engine would also know it by (its aliases, and those it inherits
 *                            from its parent's), sorted: a resource moved under a new parent keeps its old URN
 */
public record PlanResource(
        String urn,
        String type,
        String name,
        String parent,
        String provider,
        boolean custom,
        boolean protect,
        boolean retainOnDelete,
        boolean deleteBeforeReplace,
        List<String> ignoreChanges,
        List<String> dependsOn,
        ObjectNode inputs,
        ObjectNode outputs,
        List<String> standIns,
        java.util.Map<String, String> secretFingerprints,
        List<String> aliases) {

    public PlanResource {
        aliases = List.copyOf(aliases);
        ignoreChanges = List.copyOf(ignoreChanges);
        dependsOn = List.copyOf(dependsOn);
        standIns = List.copyOf(standIns);
        secretFingerprints = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(secretFingerprints));
    }

    /** A resource with no aliases. */
    public PlanResource(String urn, String type, String name, String parent, String provider, boolean custom,
                        boolean protect, boolean retainOnDelete, boolean deleteBeforeReplace,
                        List<String> ignoreChanges, List<String> dependsOn, ObjectNode inputs, ObjectNode outputs,
                        List<String> standIns, java.util.Map<String, String> secretFingerprints) {
        this(urn, type, name, parent, provider, custom, protect, retainOnDelete, deleteBeforeReplace, ignoreChanges,
                dependsOn, inputs, outputs, standIns, secretFingerprints, List.of());
    }

    /** The input at a JSON pointer ({@code /nodeConfig/machineType}), or a missing node. */
    public JsonNode input(String pointer) {
        return inputs.at(pointer);
    }

    public Optional<String> parentUrn() {
        return Optional.ofNullable(parent);
    }

    PlanResource withOutputs(ObjectNode newOutputs) {
        return new PlanResource(urn, type, name, parent, provider, custom, protect, retainOnDelete,
                deleteBeforeReplace, ignoreChanges, dependsOn, inputs, newOutputs, standIns, secretFingerprints,
                aliases);
    }
}
