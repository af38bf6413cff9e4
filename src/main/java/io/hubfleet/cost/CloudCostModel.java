package io.hubfleet.cost;

import java.util.List;
import java.util.Optional;

/**
 * How one cloud bills what a plan holds. The estimator ({@link PlanCost}) finds what runs; the cloud says
 * which prices it takes.
 */
interface CloudCostModel {

    /** The cluster's own fee, and credits the cloud gives against it. */
    void cluster(PlanFacts plan, Pricing pricing, List<CostLine> idle, List<String> assumptions);

    /** {@code count} nodes of a pool: the machine, GPUs billed apart, boot disks. */
    List<CostLine> nodes(PoolFacts pool, int count, String why, Pricing pricing);

    /** An hour of one node of the pool, GPUs billed apart included, when every part is priced. */
    Optional<Double> nodeHour(PoolFacts pool, Pricing pricing);

    /** Everything else the plan makes that is billed: disks, file services, addresses, NAT, DNS, keys. */
    void resources(PlanFacts plan, int idleNodes, Pricing pricing, List<CostLine> idle, List<CostLine> usage,
                   List<String> assumptions);

    /** A volume a chart claims from the cluster's default storage class. */
    CostLine volume(String item, String resource, double gib, Pricing pricing);
}
