package io.hubfleet.plan;

import com.google.protobuf.Empty;
import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.core.internal.Urn;
import com.pulumi.test.internal.MockMonitor;
import com.pulumi.test.internal.PulumiTestInternal;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.stub.StreamObserver;
import pulumirpc.EngineGrpc;
import pulumirpc.EngineOuterClass;
import pulumirpc.Resource;
import pulumirpc.ResourceMonitorGrpc;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * A stand-in for the Pulumi engine a program talks to in a real run: the ResourceMonitor and Engine
 * gRPC services on a loopback port, to start the real program as the Pulumi CLI starts it
 * (PULUMI_MONITOR and PULUMI_ENGINE at this address) with no CLI, no state and no providers.
 *
 * <p>It answers as the engine answers a first {@code pulumi preview} (PULUMI_DRY_RUN=true): a new
 * resource gets its URN and its inputs back, with no id and nothing computed (the SDK reads the missing
 * outputs as unknown); a stack reference reads an empty stack; provider functions (invokes) get the
 * offline engine's stand-ins. Outside a preview, custom resources also get an id and the offline
 * engine's structured stand-ins. It records what it was sent, for tests.
 *
 * <p>As a program ({@code StubEngine project stack [update]}), for bench/run: prints {@code listening HOST:PORT}
 * and serves until killed.
 */
public final class StubEngine implements AutoCloseable {

    private final String project;
    private final String stack;
    private final Server server;
    private final MockMonitor functions = new MockMonitor(new PlanMocks(), PulumiTestInternal.mockLog(
            Logger.getLogger(StubEngine.class.getName())));
    private final Map<String, Struct> states = new ConcurrentHashMap<>();
    private final Map<String, String> ids = new ConcurrentHashMap<>();
    private final List<Resource.RegisterResourceRequest> registrations = new CopyOnWriteArrayList<>();
    private final List<EngineOuterClass.LogRequest> logs = new CopyOnWriteArrayList<>();
    private final AtomicInteger registeredOutputs = new AtomicInteger();
    private final boolean preview;
    private volatile String rootResource = "";
    private volatile String failing = "";
    private volatile boolean echo;

    /** An engine for a preview (as PULUMI_DRY_RUN=true) or an update of the project's stack. */
    public StubEngine(String project, String stack, boolean preview) throws IOException {
        this.project = project;
        this.stack = stack;
        this.preview = preview;
        this.server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
                .addService(new Monitor())
                .addService(new Engine())
                .build()
                .start();
    }

    public static void main(String[] args) throws Exception {
        StubEngine engine = new StubEngine(args[0], args[1], args.length < 3 || !"update".equals(args[2]));
        engine.echo = true;  // bench/run shows the program's warnings and errors, as the CLI would
        System.out.println("listening " + engine.address());
        System.out.flush();
        engine.server.awaitTermination();
    }

    /** The address to give the program as PULUMI_MONITOR and PULUMI_ENGINE. */
    public String address() {
        return "127.0.0.1:" + server.getPort();
    }

    /** Refuses every registration of the type, as an engine whose provider refuses the resource. */
    public StubEngine refusing(String type) {
        failing = type;
        return this;
    }

    public List<Resource.RegisterResourceRequest> registrations() {
        return List.copyOf(registrations);
    }

    public List<EngineOuterClass.LogRequest> logs() {
        return List.copyOf(logs);
    }

    public int registeredOutputs() {
        return registeredOutputs.get();
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
    }

    private static <T> void answer(CompletableFuture<T> answer, StreamObserver<T> observer) {
        answer.whenComplete((value, error) -> {
            if (error != null) {
                observer.onError(io.grpc.Status.INTERNAL.withDescription(String.valueOf(error.getMessage()))
                        .withCause(error).asRuntimeException());
            } else {
                observer.onNext(value);
                observer.onCompleted();
            }
        });
    }

    private static Value text(String value) {
        return Value.newBuilder().setStringValue(value).build();
    }

    private final class Monitor extends ResourceMonitorGrpc.ResourceMonitorImplBase {

        @Override
        public void supportsFeature(Resource.SupportsFeatureRequest request,
                                    StreamObserver<Resource.SupportsFeatureResponse> observer) {
            answer(functions.supportsFeatureAsync(request), observer);
        }

        @Override
        public void registerResource(Resource.RegisterResourceRequest request,
                                     StreamObserver<Resource.RegisterResourceResponse> observer) {
            registrations.add(request);
            if (failing.equals(request.getType())) {
                observer.onError(io.grpc.Status.INVALID_ARGUMENT.withDescription("the stub refuses " + request.getName())
                        .asRuntimeException());
                return;
            }
            String urn = Urn.create(stack, project, Optional.of(request.getParent()), request.getType(), request.getName());
            Struct inputs = request.getObject();
            String id = "";
            Struct state = inputs;
            if (request.getCustom() && !preview()) {
                id = request.getImportId().isEmpty() ? StandIns.of(request.getName(), "id") : request.getImportId();
                if (!request.getType().startsWith("pulumi:providers:")) {
                    state = inputs.toBuilder().putAllFields(StandIns.echoed(request.getType(), inputs))
                            .putAllFields(StandInCatalogue.structured(request.getType(), request.getName(), inputs))
                            .build();
                }
            }
            states.put(urn, state);
            ids.put(urn, id);
            observer.onNext(Resource.RegisterResourceResponse.newBuilder().setUrn(urn).setId(id).setObject(state).build());
            observer.onCompleted();
        }

        @Override
        public void readResource(Resource.ReadResourceRequest request,
                                 StreamObserver<Resource.ReadResourceResponse> observer) {
            String urn = Urn.create(stack, project, Optional.of(request.getParent()), request.getType(), request.getName());
            Struct inputs = request.getProperties();
            Struct state = RecordingMonitor.STACK_REFERENCE_TYPE.equals(request.getType())
                    // A stack with nothing deployed yet, as the stack itself is before its first update.
                    ? inputs.toBuilder()
                        .putFields("outputs", Value.newBuilder().setStructValue(Struct.getDefaultInstance()).build())
                        .putFields("secretOutputNames", Value.newBuilder().setListValue(ListValue.getDefaultInstance()).build())
                        .build()
                    : inputs.toBuilder()
                        .putAllFields(StandInCatalogue.structured(request.getType(), request.getName(), inputs)).build();
            states.put(urn, state);
            ids.put(urn, request.getId());
            observer.onNext(Resource.ReadResourceResponse.newBuilder().setUrn(urn).setProperties(state).build());
            observer.onCompleted();
        }

        @Override
        public void registerResourceOutputs(Resource.RegisterResourceOutputsRequest request,
                                            StreamObserver<Empty> observer) {
            registeredOutputs.incrementAndGet();
            observer.onNext(Empty.getDefaultInstance());
            observer.onCompleted();
        }

        @Override
        public void invoke(Resource.ResourceInvokeRequest request,
                           StreamObserver<Resource.ResourceInvokeResponse> observer) {
            if ("pulumi:pulumi:getResource".equals(request.getTok())) {
                String urn = request.getArgs().getFieldsMap().get("urn").getStringValue();
                Struct state = states.get(urn);
                if (state == null) {
                    answer(CompletableFuture.failedFuture(new IllegalArgumentException("unknown resource " + urn)), observer);
                    return;
                }
                observer.onNext(Resource.ResourceInvokeResponse.newBuilder().setReturn(Struct.newBuilder()
                        .putFields("urn", text(urn))
                        .putFields("id", text(ids.getOrDefault(urn, "")))
                        .putFields("state", Value.newBuilder().setStructValue(state).build())
                        .build()).build());
                observer.onCompleted();
                return;
            }
            answer(functions.invokeAsync(request), observer);
        }

        @Override
        public void registerPackage(Resource.RegisterPackageRequest request,
                                    StreamObserver<Resource.RegisterPackageResponse> observer) {
            answer(functions.registerPackageAsync(request), observer);
        }
    }

    private final class Engine extends EngineGrpc.EngineImplBase {

        @Override
        public void log(EngineOuterClass.LogRequest request, StreamObserver<Empty> observer) {
            logs.add(request);
            if (echo && (request.getSeverity() == EngineOuterClass.LogSeverity.ERROR
                    || request.getSeverity() == EngineOuterClass.LogSeverity.WARNING)) {
                System.err.println(request.getSeverity() + ": " + request.getMessage());
            }
            observer.onNext(Empty.getDefaultInstance());
            observer.onCompleted();
        }

        @Override
        public void getRootResource(EngineOuterClass.GetRootResourceRequest request,
                                    StreamObserver<EngineOuterClass.GetRootResourceResponse> observer) {
            observer.onNext(EngineOuterClass.GetRootResourceResponse.newBuilder().setUrn(rootResource).build());
            observer.onCompleted();
        }

        @Override
        public void setRootResource(EngineOuterClass.SetRootResourceRequest request,
                                    StreamObserver<EngineOuterClass.SetRootResourceResponse> observer) {
            rootResource = request.getUrn();
            observer.onNext(EngineOuterClass.SetRootResourceResponse.getDefaultInstance());
            observer.onCompleted();
        }

        @Override
        public void requirePulumiVersion(EngineOuterClass.RequirePulumiVersionRequest request,
                                         StreamObserver<EngineOuterClass.RequirePulumiVersionResponse> observer) {
            observer.onNext(EngineOuterClass.RequirePulumiVersionResponse.getDefaultInstance());
            observer.onCompleted();
        }
    }

    private boolean preview() {
        return preview;
    }
}
