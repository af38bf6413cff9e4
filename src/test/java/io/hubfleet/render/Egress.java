package io.hubfleet.render;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** Whether network policies let a pod open a connection to an address outside the cluster. */
final class Egress {

    private Egress() {
    }

    /**
     * Allowed when no policy restricts egress, or some egress rule of a policy that does admits the
     * address and TCP port (an ipBlock holding it and not excepting it; no peers meaning anywhere).
     */
    static boolean allows(List<JsonNode> policies, String address, int port) {
        List<JsonNode> restricting = policies.stream()
                .filter(p -> p.at("/spec/policyTypes").toString().contains("Egress")).toList();
        if (restricting.isEmpty()) {
            return true;
        }
        for (JsonNode policy : restricting) {
            for (JsonNode rule : policy.at("/spec/egress")) {
                if (!portMatches(rule.path("ports"), port)) {
                    continue;
                }
                if (!rule.has("to") || rule.path("to").isEmpty()) {
                    return true;
                }
                for (JsonNode peer : rule.path("to")) {
                    JsonNode block = peer.path("ipBlock");
                    if (block.isObject() && contains(block.path("cidr").asText(), address)) {
                        boolean excepted = false;
                        for (JsonNode except : block.path("except")) {
                            excepted |= contains(except.asText(), address);
                        }
                        if (!excepted) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean portMatches(JsonNode ports, int port) {
        if (ports.isMissingNode() || ports.isEmpty()) {
            return true;
        }
        for (JsonNode entry : ports) {
            String protocol = entry.path("protocol").asText("TCP");
            if (protocol.equals("TCP") && (!entry.has("port") || entry.path("port").asInt(-1) == port)) {
                return true;
            }
        }
        return false;
    }

    static boolean contains(String cidr, String address) {
        String[] parts = cidr.split("/");
        if (parts.length != 2 || parts[0].contains(":")) {
            return false;
        }
        int bits = Integer.parseInt(parts[1]);
        long mask = bits == 0 ? 0 : 0xFFFFFFFFL << (32 - bits) & 0xFFFFFFFFL;
        return (ipv4(parts[0]) & mask) == (ipv4(address) & mask);
    }

    private static long ipv4(String address) {
        long value = 0;
        for (String octet : address.split("\\.")) {
            value = value << 8 | Integer.parseInt(octet);
        }
        return value;
    }
}
