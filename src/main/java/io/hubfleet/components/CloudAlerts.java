package io.hubfleet.components;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import io.hubfleet.cloud.CloudAlertsSpec;

import javax.annotation.Nullable;
import java.util.List;
import java.util.Map;

/**
 * The cloud's own monitoring of a stack's hubs, independent of the cluster (a cluster that is down
 * cannot report itself): an uptime check of every hub's {@code https://<domain>/hub/health} from
 * outside the cloud's network, an alert when it fails, and e-mail to the operations contacts. Made in
 * the hubs' account, through its provider, on GCP, AWS and Azure alike (docs/alerts.md). Holds no data.
 */
public final class CloudAlerts extends ComponentResource {

    public static final String TYPE = "hubfleet:index:CloudAlerts";

    public CloudAlerts(String name, CloudAlertsArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        CloudAlertsSpec spec = args.spec();
        args.site().facts().cloudAlerts(this, name, spec, args.site().accountProvider());
        registerOutputs(Map.of(
                "uptimeChecks", Output.of(spec.checks().stream().map(CloudAlertsSpec.UptimeCheck::url).toList()),
                "emails", Output.of(List.copyOf(spec.emails()))));
    }
}
