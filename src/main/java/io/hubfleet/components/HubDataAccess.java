package io.hubfleet.components;

import io.hubfleet.cloud.DataAccess;
import io.hubfleet.cloud.DataGrant;
import io.hubfleet.config.hub.DataAccessConfig;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A hub's {@code dataAccess} entries as the cloud's neutral grants, and as the plan declares them. */
final class HubDataAccess {

    private HubDataAccess() {
    }

    /** The grants the hub's identity gets; the config rules have checked each entry against the stack's cloud. */
    static List<DataGrant> grants(List<DataAccessConfig> entries) {
        return entries.stream().map(HubDataAccess::grant).toList();
    }

    private static DataGrant grant(DataAccessConfig entry) {
        DataAccess access = switch (entry.access()) {
            case READ -> DataAccess.READ;
            case READ_WRITE -> DataAccess.READ_WRITE;
        };
        if (entry.bucket() != null) {
            return new DataGrant.Bucket(entry.bucketName().orElseThrow(), access, entry.requesterPays());
        }
        return new DataGrant.StorageAccount(entry.storageAccount(), Optional.ofNullable(entry.container()), access);
    }

    /**
     * The hub output {@code dataAccess}: per entry its {@code target} (the bucket's URL, or the Azure scope's
     * resource id), {@code access} and {@code requesterPays}, in declared order.
     */
    static List<Map<String, Object>> declared(List<DataAccessConfig> entries) {
        return entries.stream().map(entry -> {
            Map<String, Object> out = new LinkedHashMap<>();
            DataGrant grant = grant(entry);
            out.put("target", grant instanceof DataGrant.StorageAccount account ? account.scope() : entry.bucket());
            out.put("access", entry.access().configName());
            out.put("requesterPays", entry.requesterPays());
            return (Map<String, Object>) out;
        }).toList();
    }
}
