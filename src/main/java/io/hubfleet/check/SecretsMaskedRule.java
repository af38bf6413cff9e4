package io.hubfleet.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.config.RawStackConfig;
import io.hubfleet.plan.PlanResource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Secrets appear nowhere: every value derived from a config secret stays a Pulumi secret. Offline, a
 * secret reads as a placeholder; seeing the placeholder in any input, output or warning means a secret
 * left its {@code Output.ofSecret} and would print in plans, previews and logs.
 */
final class SecretsMaskedRule implements SecurityRule {

    @Override
    public String id() {
        return "secrets-masked";
    }

    @Override
    public String invariant() {
        return "secrets stay Pulumi secrets: they appear in no input, output, plan or log";
    }

    @Override
    public List<Violation> check(PlanIndex plan) {
        List<Violation> out = new ArrayList<>();
        for (PlanResource resource : plan.plan().resources()) {
            leaks(resource.inputs(), "").forEach(path -> out.add(PlanIndex.violation(this, resource,
                    "the input " + path + " holds a config secret in the clear", "pass it as a secret Output "
                            + "(SecretValue.asOutput()), never as plain text")));
            leaks(resource.outputs(), "").forEach(path -> out.add(PlanIndex.violation(this, resource,
                    "the output " + path + " holds a config secret in the clear", "register it as a secret Output")));
        }
        for (String warning : plan.plan().warnings()) {
            if (warning.contains(RawStackConfig.ENCRYPTED_PLACEHOLDER)) {
                PlanResource stack = plan.ofType("pulumi:pulumi:Stack").get(0);
                out.add(PlanIndex.violation(this, stack, "a warning holds a config secret", "never log secret values"));
            }
        }
        return out;
    }

    private static List<String> leaks(JsonNode node, String path) {
        List<String> out = new ArrayList<>();
        if (node.isTextual() && node.asText().contains(RawStackConfig.ENCRYPTED_PLACEHOLDER)) {
            out.add(path.isEmpty() ? "/" : path);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.addAll(leaks(e.getValue(), path + "/" + e.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.addAll(leaks(node.get(i), path + "/" + i));
            }
        }
        return out;
    }
}
