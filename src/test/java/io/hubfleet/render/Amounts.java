package io.hubfleet.render;

import com.fasterxml.jackson.databind.JsonNode;

/** CPU and memory amounts as Kubernetes, KubeSpawner and dask-gateway spell them. */
final class Amounts {

    private static final double GIB = 1024.0 * 1024 * 1024;

    private Amounts() {
    }

    /** A Kubernetes CPU quantity ({@code 100m}, {@code 0.5}, {@code 2}) in cores. */
    static double cpu(JsonNode quantity) {
        if (quantity == null || quantity.isMissingNode() || quantity.isNull()) {
            return 0;
        }
        String text = quantity.asText();
        return text.endsWith("m") ? Double.parseDouble(text.substring(0, text.length() - 1)) / 1000
                : Double.parseDouble(text);
    }

    /** A Kubernetes memory quantity ({@code 512Mi}, {@code 1G}, bytes) in GiB. */
    static double kubernetesMemoryGiB(JsonNode quantity) {
        if (quantity == null || quantity.isMissingNode() || quantity.isNull()) {
            return 0;
        }
        if (quantity.isNumber()) {
            return quantity.asDouble() / GIB;
        }
        String text = quantity.asText();
        String[][] suffixes = {{"Ki", "1024"}, {"Mi", "1048576"}, {"Gi", "1073741824"}, {"Ti", "1099511627776"},
                {"k", "1e3"}, {"K", "1e3"}, {"M", "1e6"}, {"G", "1e9"}, {"T", "1e12"}};
        for (String[] suffix : suffixes) {
            if (text.endsWith(suffix[0])) {
                return Double.parseDouble(text.substring(0, text.length() - suffix[0].length()))
                        * Double.parseDouble(suffix[1]) / GIB;
            }
        }
        return Double.parseDouble(text) / GIB;
    }

    /**
     * A KubeSpawner or dask-gateway byte specification in GiB: K, M, G and T are powers of 1024 there
     * (jupyterhub.traitlets.ByteSpecification, dask_gateway_server.traitlets.MemoryLimit).
     */
    static double spawnerMemoryGiB(JsonNode amount) {
        if (amount == null || amount.isMissingNode() || amount.isNull()) {
            return 0;
        }
        if (amount.isNumber()) {
            return amount.asDouble() / GIB;
        }
        String text = amount.asText();
        String units = "KMGT";
        char last = text.charAt(text.length() - 1);
        int power = units.indexOf(last);
        if (power < 0) {
            return Double.parseDouble(text) / GIB;
        }
        return Double.parseDouble(text.substring(0, text.length() - 1)) * Math.pow(1024, power + 1) / GIB;
    }
}
