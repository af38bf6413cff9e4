package io.hubfleet.render;

import com.fasterxml.jackson.databind.JsonNode;

/** Where a webhook's traffic lands: its Service's target port on the pods behind it. */
final class WebhookPorts {

    private WebhookPorts() {
    }

    /** The pod port a Service port forwards to (a named target port resolved through the pods' containers). */
    static int podPort(Estate estate, String namespace, String name, int servicePort) {
        StackObjects.Origin service = estate.objects().stream().filter(o -> o.kind().equals("Service")
                && o.namespace().equals(namespace) && o.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no Service " + namespace + "/" + name));
        for (JsonNode port : service.object().at("/spec/ports")) {
            if (port.path("port").asInt() != servicePort) {
                continue;
            }
            JsonNode target = port.path("targetPort");
            if (target.isMissingNode()) {
                return servicePort;
            }
            if (target.isInt() || target.asText().matches("\\d+")) {
                return target.asInt(Integer.parseInt(target.asText("0")));
            }
            JsonNode selector = service.object().at("/spec/selector");
            for (StackObjects.Origin workload : estate.objects()) {
                if (!workload.namespace().equals(namespace) || workload.object().at("/spec/template").isMissingNode()) {
                    continue;
                }
                java.util.Map<String, String> labels = PodShape.strings(workload.object().at("/spec/template/metadata/labels"));
                if (!LabelSelector.matches(selectorOf(selector), labels)) {
                    continue;
                }
                for (JsonNode container : workload.object().at("/spec/template/spec/containers")) {
                    for (JsonNode containerPort : container.path("ports")) {
                        if (containerPort.path("name").asText().equals(target.asText())) {
                            return containerPort.path("containerPort").asInt();
                        }
                    }
                }
            }
            throw new AssertionError("Service " + namespace + "/" + name + " targets port " + target + ", which no pod names");
        }
        throw new AssertionError("Service " + namespace + "/" + name + " has no port " + servicePort);
    }

    /** A Service's selector (a plain label map) as a label selector. */
    private static JsonNode selectorOf(JsonNode serviceSelector) {
        com.fasterxml.jackson.databind.node.ObjectNode selector = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        selector.set("matchLabels", serviceSelector);
        return selector;
    }

    /** Whether a GCP firewall rule's allows admit the TCP port. */
    static boolean allowsTcp(JsonNode allows, int port) {
        for (JsonNode allow : allows) {
            if (!allow.path("protocol").asText().equalsIgnoreCase("tcp") && !allow.path("protocol").asText().equals("all")) {
                continue;
            }
            if (allow.path("ports").isEmpty()) {
                return true;
            }
            for (JsonNode range : allow.path("ports")) {
                String[] bounds = range.asText().split("-");
                int low = Integer.parseInt(bounds[0]);
                int high = bounds.length > 1 ? Integer.parseInt(bounds[1]) : low;
                if (port >= low && port <= high) {
                    return true;
                }
            }
        }
        return false;
    }
}
