package io.hubfleet.kubernetes;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ResourceArgs;

import javax.annotation.Nullable;
import java.util.Map;
import java.util.Objects;

/**
 * An object of a kind the Kubernetes SDK has no class for (Gateway API, cert-manager and Envoy Gateway
 * kinds). The Kubernetes provider manages any kind registered as {@code kubernetes:<apiVersion>:<kind>},
 * which is what the other Pulumi SDKs' {@code apiextensions.CustomResource} does.
 */
public final class KubernetesObject extends CustomResource {

    public KubernetesObject(String name, Args args, @Nullable CustomResourceOptions options) {
        super("kubernetes:" + args.apiVersionValue + ":" + args.kindValue, name, args, options);
    }

    /** apiVersion, kind, metadata and the kind's top-level fields (usually {@code spec}). */
    public static final class Args extends ResourceArgs {

        @Import(name = "apiVersion", required = true)
        private final Output<String> apiVersion;

        @Import(name = "kind", required = true)
        private final Output<String> kind;

        @Import(name = "metadata", required = true)
        private final Output<Map<String, Object>> metadata;

        @Import(name = "spec")
        private final @Nullable Output<Map<String, Object>> spec;

        private final transient String apiVersionValue;
        private final transient String kindValue;

        private Args(String apiVersion, String kind, Output<Map<String, Object>> metadata,
                     @Nullable Output<Map<String, Object>> spec) {
            this.apiVersionValue = Objects.requireNonNull(apiVersion, "apiVersion");
            this.kindValue = Objects.requireNonNull(kind, "kind");
            this.apiVersion = Output.of(apiVersion);
            this.kind = Output.of(kind);
            this.metadata = Objects.requireNonNull(metadata, "metadata");
            this.spec = spec;
        }

        public static Args of(String apiVersion, String kind, Map<String, Object> metadata, Map<String, Object> spec) {
            return new Args(apiVersion, kind, Output.of(metadata), Output.of(spec));
        }

        public static Args of(String apiVersion, String kind, Map<String, Object> metadata,
                              Output<Map<String, Object>> spec) {
            return new Args(apiVersion, kind, Output.of(metadata), spec);
        }
    }
}
