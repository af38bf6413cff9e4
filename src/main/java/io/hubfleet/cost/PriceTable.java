package io.hubfleet.cost;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.hubfleet.config.portable.Cloud;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A cloud's dated list prices ({@code components/prices/<cloud>.yaml}). A price is looked up for a region:
 * that region's own, else one the source gives for every region ({@code all}), else one whose source
 * states no region ({@code unstated}, which the estimate then says). Nothing else: a missing price is
 * reported as unknown, never guessed from another region.
 */
public final class PriceTable {

    private static final Map<Cloud, PriceTable> LOADED = new EnumMap<>(Cloud.class);
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Cloud cloud;
    private final String currency;
    private final int hoursPerMonth;
    private final List<Price> prices;

    private PriceTable(Cloud cloud, String currency, int hoursPerMonth, List<Price> prices) {
        this.cloud = cloud;
        this.currency = currency;
        this.hoursPerMonth = hoursPerMonth;
        this.prices = List.copyOf(prices);
    }

    public static synchronized PriceTable of(Cloud cloud) {
        return LOADED.computeIfAbsent(cloud, PriceTable::load);
    }

    private static PriceTable load(Cloud cloud) {
        String resource = "/components/prices/" + cloud.configName() + ".yaml";
        try (InputStream in = PriceTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            PriceFile file = YAML.readValue(in, PriceFile.class);
            if (!cloud.configName().equals(file.cloud)) {
                throw new IllegalStateException(resource + " is for " + file.cloud);
            }
            List<Price> prices = file.prices.stream().map(entry -> {
                PriceFile.Source source = file.sources.get(entry.source);
                if (source == null) {
                    throw new IllegalStateException(resource + ": price " + entry.key + " names the unknown source "
                            + entry.source);
                }
                return new Price(entry.key, entry.region, entry.price, entry.unit,
                        new PriceSource(entry.source, source.title, source.url, source.date),
                        "secondary".equals(entry.quality), entry.note == null ? "" : entry.note);
            }).toList();
            return new PriceTable(cloud, file.currency, file.hoursPerMonth, prices);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public Cloud cloud() {
        return cloud;
    }

    public String currency() {
        return currency;
    }

    public int hoursPerMonth() {
        return hoursPerMonth;
    }

    public List<Price> prices() {
        return prices;
    }

    /** The price of {@code key} in {@code region}: its own, else {@code all}, else {@code unstated}. */
    public Optional<Price> find(String key, String region) {
        for (String candidate : List.of(region, "all", "unstated")) {
            Optional<Price> found = prices.stream().filter(p -> p.key().equals(key) && p.region().equals(candidate))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The shape of a price file. */
    static final class PriceFile {
        public String cloud;
        public String currency;
        public int hoursPerMonth;
        public Map<String, Source> sources;
        public List<Entry> prices;

        static final class Source {
            public String title;
            public String url;
            public String date;
        }

        static final class Entry {
            public String key;
            public String region;
            public double price;
            public String unit;
            public String source;
            public String quality;
            public String fact;
            public String note;
        }
    }
}
