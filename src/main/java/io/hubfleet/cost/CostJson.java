package io.hubfleet.cost;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The plan's {@code cost} section (docs/plan-format.md#cost): a public contract, changed only by addition. */
public final class CostJson {

    private CostJson() {
    }

    /** The sections the cost model adds to a plan's JSON: {@code cost}. */
    public static java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> sections(io.hubfleet.plan.Plan plan) {
        return java.util.Map.of("cost", toJson(PlanCost.estimate(plan)));
    }

    public static ObjectNode toJson(CostEstimate estimate) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("currency", estimate.currency());
        root.put("region", estimate.region());
        root.put("hoursPerMonth", estimate.hoursPerMonth());
        ObjectNode idle = root.putObject("idleMonthly");
        idle.put("total", money(estimate.idleMonthly()));
        idle.put("complete", estimate.complete());
        idle.put("unknownItems", estimate.unknown().size());
        lines(idle.putArray("items"), estimate.idle(), estimate.hoursPerMonth());
        lines(root.putArray("usage"), estimate.usage(), estimate.hoursPerMonth());
        ArrayNode hourly = root.putArray("hourly");
        for (HourlyCost cost : estimate.hourly()) {
            ObjectNode node = hourly.addObject();
            node.put("what", cost.what());
            node.put("pool", cost.pool());
            node.put("machineType", cost.machineType());
            node.put("perNode", cost.perNode());
            if (cost.nodeHour().isPresent()) {
                node.put("nodeHour", rate(cost.nodeHour().get()));
                node.put("hour", rate(cost.hourly().orElseThrow()));
            } else {
                node.putNull("nodeHour");
                node.putNull("hour");
            }
            cost.price().ifPresent(price -> node.set("price", price(price)));
        }
        ArrayNode assumptions = root.putArray("assumptions");
        estimate.assumptions().forEach(assumptions::add);
        return root;
    }

    private static void lines(ArrayNode out, List<CostLine> lines, int hoursPerMonth) {
        for (CostLine line : lines) {
            ObjectNode node = out.addObject();
            node.put("item", line.item());
            node.put("resource", line.resource());
            node.put("quantity", BigDecimal.valueOf(line.quantity()).stripTrailingZeros());
            node.put("priceKey", line.key());
            if (line.price().isPresent()) {
                node.set("price", price(line.price().get()));
                line.monthly(hoursPerMonth).ifPresentOrElse(m -> node.put("monthly", money(m)), () -> node.putNull("monthly"));
            } else {
                node.putNull("price");
                node.putNull("monthly");
            }
            node.put("note", line.note());
        }
    }

    private static ObjectNode price(Price price) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("amount", BigDecimal.valueOf(price.amount()).stripTrailingZeros());
        node.put("unit", price.unit());
        node.put("region", price.region());
        node.put("source", price.source().url());
        node.put("sourceDate", price.source().date());
        node.put("secondary", price.secondary());
        return node;
    }

    static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal rate(double amount) {
        return BigDecimal.valueOf(amount).setScale(4, RoundingMode.HALF_UP);
    }
}
