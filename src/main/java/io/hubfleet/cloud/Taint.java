package io.hubfleet.cloud;

/** A Kubernetes node taint, cloud-neutral; each cloud spells the effect its own way. */
public record Taint(String key, String value, Effect effect) {

    /** GPU nodes keep other pods off until a pod tolerates this (the NVIDIA device plugin's convention). */
    public static final Taint GPU = new Taint("nvidia.com/gpu", "present", Effect.NO_SCHEDULE);
    /**
     * AKS puts this on every node of a spot pool itself (learn.microsoft.com/azure/aks/spot-node-pool): pods
     * bound for spot pools tolerate it, harmlessly on other clouds.
     */
    public static final Taint AKS_SPOT = new Taint("kubernetes.azure.com/scalesetpriority", "spot", Effect.NO_SCHEDULE);

    public enum Effect {
        NO_SCHEDULE("NoSchedule"),
        PREFER_NO_SCHEDULE("PreferNoSchedule"),
        NO_EXECUTE("NoExecute");

        private final String kubernetesName;

        Effect(String kubernetesName) {
            this.kubernetesName = kubernetesName;
        }

        /** As Kubernetes writes it: NoSchedule. */
        public String kubernetesName() {
            return kubernetesName;
        }
    }

    /** {@code key=value:Effect}, as kubectl and the EKS/AKS APIs write it. */
    public String spec() {
        return key + "=" + value + ":" + effect.kubernetesName();
    }
}
