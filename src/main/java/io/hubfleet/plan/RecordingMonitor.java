package io.hubfleet.plan;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.Log;
import com.pulumi.core.internal.Urn;
import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import com.pulumi.test.internal.MockMonitor;
import pulumirpc.Provider.CallResponse;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;
import pulumirpc.Resource.ResourceCallRequest;
import pulumirpc.Resource.ResourceInvokeRequest;
import pulumirpc.Resource.ResourceInvokeResponse;
import pulumirpc.Resource.RegisterResourceOutputsRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The offline engine's resource monitor. It records every registration exactly as the program sends
 * it (type, name, parent, provider, options, inputs with their secrets) and answers like a cloud that
 * echoes inputs and invents only what it alone could know ({@link StandIns}). Secret inputs come back
 * secret, as from a real provider.
 */
final class RecordingMonitor extends MockMonitor {

    private static final String STACK_TYPE = "pulumi:pulumi:Stack";
    static final String STACK_REFERENCE_TYPE = "pulumi:pulumi:StackReference";

    private final String stack;
    private final String project;
    private final Map<String, PlanResource> resources = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> registeredOutputs = new ConcurrentHashMap<>();
    private final Map<String, Struct> states = new ConcurrentHashMap<>();
    private final Map<String, String> ids = new ConcurrentHashMap<>();
    private final List<PlanInvoke> invokes = java.util.Collections.synchronizedList(new ArrayList<>());

    private final Map<String, ObjectNode> stackReferences;
    private final AliasUrns aliasUrns;

    RecordingMonitor(Mocks mocks, Log log, String stack, String project, Map<String, ObjectNode> stackReferences) {
        super(mocks, log);
        this.stack = stack;
        this.project = project;
        this.stackReferences = Map.copyOf(stackReferences);
        // A child registers after its parent (it needs the parent's URN), so the parent's aliases are known.
        this.aliasUrns = new AliasUrns(stack, project, urn -> Optional.ofNullable(resources.get(urn))
                .map(PlanResource::aliases).orElse(List.of()));
    }

    @Override
    public CompletableFuture<RegisterResourceResponse> registerResourceAsync(Resource resource,
                                                                             RegisterResourceRequest request) {
        String urn = Urn.create(stack, project, Optional.of(request.getParent()), request.getType(), request.getName());
        Struct inputs = request.getObject();
        Struct.Builder state = inputs.toBuilder();
        List<String> standIns = new ArrayList<>();
        String id = "";
        if (request.getCustom()) {
            id = request.getImportId().isEmpty() ? StandIns.of(request.getName(), "id") : request.getImportId();
            if (!request.getType().startsWith("pulumi:providers:")) {
                state.putAllFields(StandIns.echoed(request.getType(), inputs));
                Map<String, Value> added = StandIns.forResource(resource, request.getType(), request.getName(), inputs);
                state.putAllFields(added);
                standIns.addAll(added.keySet());
            }
        }
        resources.put(urn, new PlanResource(
                urn,
                request.getType(),
                request.getName(),
                request.getParent().isEmpty() ? null : request.getParent(),
                providerUrn(request.getProvider()),
                request.getCustom(),
                request.getProtect(),
                request.getRetainOnDelete(),
                request.getDeleteBeforeReplace(),
                request.getIgnoreChangesList().stream().sorted().toList(),
                request.getDependenciesList().stream().sorted().distinct().toList(),
                PlanValues.toJson(inputs),
                JsonNodeFactory.instance.objectNode(),
                standIns.stream().sorted().toList(),
                PlanValues.secretFingerprints(inputs),
                aliasUrns.of(request.getAliasesList(), request.getType(), request.getName(), request.getParent())));
        Struct finalState = state.build();
        states.put(urn, finalState);
        ids.put(urn, id);
        if (STACK_TYPE.equals(request.getType())) {
            return super.registerResourceAsync(resource, request);
        }
        return CompletableFuture.completedFuture(RegisterResourceResponse.newBuilder()
                .setUrn(urn)
                .setId(id)
                .setObject(finalState)
                .build());
    }

    /**
     * Reads of existing resources: a stack reference (a hub-only stack reading its cluster stack),
     * answered with that stack's planned outputs, and reads of objects a release made (a home NFS server's
     * Service), answered with stand-ins. Each is recorded like any resource, its id as the input {@code id}.
     */
    @Override
    public CompletableFuture<pulumirpc.Resource.ReadResourceResponse> readResourceAsync(
            Resource resource, pulumirpc.Resource.ReadResourceRequest request) {
        String urn = Urn.create(stack, project, Optional.of(request.getParent()), request.getType(), request.getName());
        Struct inputs = request.getProperties();
        Struct state;
        Struct recorded;
        if (STACK_REFERENCE_TYPE.equals(request.getType())) {
            state = inputs.toBuilder().putAllFields(StackReferences.answer(stackReferences, inputs)).build();
            recorded = inputs;
        } else {
            state = inputs.toBuilder()
                    .putAllFields(StandInCatalogue.structured(request.getType(), request.getName(), inputs)).build();
            recorded = inputs.toBuilder().putFields("id", Value.newBuilder().setStringValue(request.getId()).build())
                    .build();
        }
        resources.put(urn, new PlanResource(urn, request.getType(), request.getName(),
                request.getParent().isEmpty() ? null : request.getParent(), providerUrn(request.getProvider()),
                true, false, false, false, List.of(), request.getDependenciesList().stream().sorted().distinct().toList(),
                PlanValues.toJson(recorded), JsonNodeFactory.instance.objectNode(), List.of(), Map.of()));
        states.put(urn, state);
        ids.put(urn, request.getId());
        return CompletableFuture.completedFuture(pulumirpc.Resource.ReadResourceResponse.newBuilder()
                .setUrn(urn).setProperties(state).build());
    }

    @Override
    public CompletableFuture<Void> registerResourceOutputsAsync(RegisterResourceOutputsRequest request) {
        registeredOutputs.put(request.getUrn(), PlanValues.toJson(request.getOutputs()));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<ResourceInvokeResponse> invokeAsync(ResourceInvokeRequest request) {
        invokes.add(new PlanInvoke(request.getTok(), providerUrn(request.getProvider())));
        if ("pulumi:pulumi:getResource".equals(request.getTok())) {
            String urn = request.getArgs().getFieldsMap().get("urn").getStringValue();
            Struct state = states.get(urn);
            if (state == null) {
                return CompletableFuture.failedFuture(new IllegalArgumentException("unknown resource " + urn));
            }
            Struct answer = Struct.newBuilder()
                    .putFields("urn", Value.newBuilder().setStringValue(urn).build())
                    .putFields("id", Value.newBuilder().setStringValue(ids.getOrDefault(urn, "")).build())
                    .putFields("state", Value.newBuilder().setStructValue(state).build())
                    .build();
            return CompletableFuture.completedFuture(ResourceInvokeResponse.newBuilder().setReturn(answer).build());
        }
        return super.invokeAsync(request);
    }

    @Override
    public CompletableFuture<CallResponse> callAsync(ResourceCallRequest request) {
        return super.callAsync(request);
    }

    /** Everything recorded, ordered by URN; the stack's outputs come from the stack's registration. */
    Plan plan(List<String> warnings) {
        List<PlanResource> ordered = resources.values().stream()
                .map(r -> registeredOutputs.containsKey(r.urn()) && !r.custom()
                        ? r.withOutputs(registeredOutputs.get(r.urn())) : r)
                .sorted(Comparator.comparing(PlanResource::urn))
                .toList();
        ObjectNode stackOutputs = ordered.stream()
                .filter(r -> STACK_TYPE.equals(r.type()))
                .map(PlanResource::outputs)
                .findFirst()
                .orElse(JsonNodeFactory.instance.objectNode());
        List<PlanInvoke> calls;
        synchronized (invokes) {
            calls = invokes.stream()
                    .filter(call -> !"pulumi:pulumi:getResource".equals(call.token()))
                    .sorted(Comparator.comparing(PlanInvoke::token)
                            .thenComparing(call -> String.valueOf(call.provider())))
                    .toList();
        }
        return new Plan(stack, project, ordered, stackOutputs, warnings, calls, null, null);
    }

    private static String providerUrn(String providerReference) {
        if (providerReference == null || providerReference.isEmpty()) {
            return null;
        }
        int separator = providerReference.lastIndexOf("::");
        return separator < 0 ? providerReference : providerReference.substring(0, separator);
    }
}
