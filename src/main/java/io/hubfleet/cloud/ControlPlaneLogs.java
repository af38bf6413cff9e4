package io.hubfleet.cloud;

import java.util.List;

/**
 * EKS only: the control-plane logs kept in CloudWatch
 * (docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html).
 *
 * @param types         EKS's log type names (api, audit, authenticator, controllerManager, scheduler)
 * @param retentionDays how long CloudWatch keeps them
 */
public record ControlPlaneLogs(List<String> types, int retentionDays) {

    public ControlPlaneLogs {
        types = List.copyOf(types);
    }
}
