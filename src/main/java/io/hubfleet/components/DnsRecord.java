package io.hubfleet.components;

import com.pulumi.core.Output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A DNS record a domain served by the Gateway needs.
 *
 * @param domain     the domain
 * @param values     the ingress addresses it points at
 * @param ttlSeconds its time to live
 * @param managed    true when hubfleet keeps it in the community's zone; false when the operator must create it
 */
public record DnsRecord(String domain, Output<List<String>> values, int ttlSeconds, boolean managed) {

    /** As a stack output: {@code {name, type, ttlSeconds, values, managed}}. */
    public Output<Map<String, Object>> asOutput() {
        return values.applyValue(ips -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("name", domain);
            out.put("type", "A");
            out.put("ttlSeconds", ttlSeconds);
            out.put("values", ips);
            out.put("managed", managed);
            return out;
        });
    }
}
