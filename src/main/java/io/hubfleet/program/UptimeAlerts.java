package io.hubfleet.program;

import com.pulumi.Context;
import io.hubfleet.components.CloudAlerts;
import io.hubfleet.components.CloudAlertsArgs;
import io.hubfleet.components.HubSite;
import io.hubfleet.config.AlertsConfig;

import java.util.List;

/** The cloud's uptime checks of a stack's hubs, the same for a whole estate and for a hub-only stack. */
final class UptimeAlerts {

    private UptimeAlerts() {
    }

    static void create(Context ctx, String name, HubSite site, String stack, AlertsConfig alerts,
                       List<CloudAlertsArgs.MonitoredHub> hubs) {
        CloudAlertsArgs.of(site, stack, alerts, hubs).ifPresent(args -> {
            if (args.spec().emails().isEmpty()) {
                ctx.log().warn("the uptime checks of " + stack + "'s hubs alert no one: set hubfleet:alerts.emails"
                        + " (or hubfleet:budget.emails)");
            }
            new CloudAlerts(name, args, null);
        });
    }
}
