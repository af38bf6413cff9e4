package io.hubfleet.cloud;

import com.pulumi.core.Output;

import java.util.Map;
import java.util.Optional;

/**
 * What a hub identity backend made, as the hub's Kubernetes side needs it.
 *
 * @param serviceAccountAnnotations annotations that bind the users' Kubernetes service account to the
 *                                  cloud identity (GKE: iam.gke.io/gcp-service-account, EKS: IRSA role ARN)
 * @param serviceAccountLabels      labels the binding needs on the service account (AKS), possibly empty
 * @param podLabels                 labels the binding needs on user pods (AKS), possibly empty
 * @param scratchBucketUrl          the scratch bucket's URL, such as {@code gs://bucket}
 * @param persistentBucketUrl       the persistent bucket's URL, when there is one
 * @param bucketOwnerStatements     per granted bucket, what its owner must add to the bucket's own policy for
 *                                  the grant to work from another account (AWS); empty where the grant alone
 *                                  suffices
 */
public record HubIdentity(
        Output<Map<String, String>> serviceAccountAnnotations,
        Map<String, String> serviceAccountLabels,
        Map<String, String> podLabels,
        Output<String> scratchBucketUrl,
        Optional<Output<String>> persistentBucketUrl,
        Output<Map<String, String>> bucketOwnerStatements) {

    /** An identity whose grants need nothing from any bucket's owner. */
    public HubIdentity(Output<Map<String, String>> serviceAccountAnnotations, Map<String, String> serviceAccountLabels,
                       Map<String, String> podLabels, Output<String> scratchBucketUrl,
                       Optional<Output<String>> persistentBucketUrl) {
        this(serviceAccountAnnotations, serviceAccountLabels, podLabels, scratchBucketUrl, persistentBucketUrl,
                Output.of(Map.of()));
    }
}
