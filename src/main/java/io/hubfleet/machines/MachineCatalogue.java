package io.hubfleet.machines;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.hubfleet.config.portable.Cloud;
import io.hubfleet.config.portable.GpuSpec;
import io.hubfleet.config.portable.MachineSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The machine types of one cloud ({@code components/machines/<cloud>.yaml}) and the rules that turn a
 * pool's {@code machine}/{@code machineType}/{@code gpu} settings into a {@link ResolvedMachine}.
 */
public final class MachineCatalogue {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Map<Cloud, MachineCatalogue> LOADED = new EnumMap<>(Cloud.class);

    private final Cloud cloud;
    private final String portableFamily;
    private final String coreFamily;
    private final List<String> spotFamilies;
    private final Map<String, AttachableGpu> attachableGpus;
    private final Map<String, MachineType> types;
    private final Allocatable daemonSetRequests;

    private MachineCatalogue(CatalogueFile file) {
        this.cloud = Cloud.fromConfigName(file.cloud);
        this.portableFamily = file.portableFamily;
        this.coreFamily = file.coreFamily;
        this.spotFamilies = file.spotFamilies == null ? List.of() : List.copyOf(file.spotFamilies);
        this.attachableGpus = file.attachableGpus == null ? Map.of() : Map.copyOf(file.attachableGpus);
        Map<String, MachineType> byName = new LinkedHashMap<>();
        file.types.forEach(t -> byName.put(t.name(), t));
        this.types = byName;
        this.daemonSetRequests = java.util.Objects.requireNonNull(file.daemonSetRequests,
                "components/machines/" + file.cloud + ".yaml has no daemonSetRequests");
    }

    /** What the cloud's own DaemonSets request on every node, measured (the catalogue's daemonSetRequests). */
    public Allocatable daemonSetRequests() {
        return daemonSetRequests;
    }

    public static synchronized MachineCatalogue of(Cloud cloud) {
        return LOADED.computeIfAbsent(cloud, MachineCatalogue::load);
    }

    private static MachineCatalogue load(Cloud cloud) {
        String resource = "/components/machines/" + cloud.configName() + ".yaml";
        try (InputStream in = MachineCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new MachineCatalogue(YAML.readValue(in, CatalogueFile.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public Cloud cloud() {
        return cloud;
    }

    public String portableFamily() {
        return portableFamily;
    }

    /** The core pool's types when the stack sizes it by what it runs, smallest first. */
    public List<MachineType> coreTypes() {
        return types.values().stream().filter(t -> t.family().equals(coreFamily) && t.gpu() == null)
                .sorted(java.util.Comparator.comparingInt(MachineType::cpu).thenComparingDouble(MachineType::memoryGiB))
                .toList();
    }

    public Optional<MachineType> find(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** Every type, in catalogue order. */
    public List<MachineType> types() {
        return List.copyOf(types.values());
    }

    public List<String> typeNames() {
        return List.copyOf(types.keySet());
    }

    /** GPU models this cloud offers, built in or attachable. */
    public List<String> gpuModels() {
        TreeSet<String> models = new TreeSet<>(attachableGpus.keySet());
        types.values().stream().map(MachineType::gpu).filter(Objects::nonNull).forEach(g -> models.add(g.type()));
        return List.copyOf(models);
    }

    /**
     * Resolves a pool's size. Exactly one of {@code machine} and {@code machineType} is set (the reader
     * has checked). Fails with {@link MachineResolutionException} when nothing fits.
     */
    public ResolvedMachine resolve(MachineSpec machine, String machineType, GpuSpec gpu, boolean spot) {
        MachineType type;
        GpuSpec effectiveGpu;
        boolean attached;
        if (machineType != null) {
            type = find(machineType).orElseThrow(() -> new MachineResolutionException(
                    "\"" + machineType + "\" is not a known " + cloud.configName() + " machine type",
                    "a type listed in components/machines/" + cloud.configName() + ".yaml, such as "
                            + String.join(", ", sampleNames()), machineType, typeNames()));
            if (gpu == null) {
                effectiveGpu = type.gpu();
                attached = false;
            } else if (type.gpu() != null) {
                if (!type.gpu().type().equals(gpu.type()) || !type.gpu().count().equals(gpu.count())) {
                    throw new MachineResolutionException(machineType + " has " + describe(type.gpu())
                            + " built in, not " + describe(gpu), "a gpu: that matches the type, or no gpu: at all",
                            null, List.of());
                }
                effectiveGpu = type.gpu();
                attached = false;
            } else {
                AttachableGpu attachable = attachableGpus.get(gpu.type());
                if (attachable == null || !attachable.families().contains(type.family())) {
                    throw new MachineResolutionException(machineType + " cannot take " + describe(gpu),
                            gpuHostsPhrase(gpu), null, List.of());
                }
                if (gpu.count() > attachable.maxCount()) {
                    throw new MachineResolutionException(machineType + " takes at most " + attachable.maxCount()
                            + " " + gpu.type(), "a count from 1 to " + attachable.maxCount(), null, List.of());
                }
                effectiveGpu = gpu;
                attached = true;
            }
        } else if (gpu == null) {
            type = smallest(t -> t.family().equals(portableFamily) && t.fits(machine.cpu(), machine.memoryGiB()))
                    .orElseThrow(() -> new MachineResolutionException(
                            "no " + portableFamily + " type has " + machine.cpu() + " vCPUs and "
                                    + machine.memoryGiB() + " GiB", "at most " + largest(portableFamily),
                            null, List.of()));
            effectiveGpu = null;
            attached = false;
        } else {
            AttachableGpu attachable = attachableGpus.get(gpu.type());
            Optional<MachineType> builtIn = smallest(t -> t.gpu() != null && t.gpu().equals(gpu)
                    && t.fits(machine.cpu(), machine.memoryGiB()));
            Optional<MachineType> host = attachable == null || gpu.count() > attachable.maxCount()
                    ? Optional.empty()
                    : smallest(t -> t.gpu() == null && attachable.families().contains(t.family())
                    && t.fits(machine.cpu(), machine.memoryGiB()));
            Optional<MachineType> chosen = smaller(builtIn, host);
            type = chosen.orElseThrow(() -> new MachineResolutionException("no " + cloud.configName()
                    + " type has " + describe(gpu) + " with " + machine.cpu() + " vCPUs and "
                    + machine.memoryGiB() + " GiB", gpuHostsPhrase(gpu), null, List.of()));
            attached = type.gpu() == null;
            effectiveGpu = gpu;
        }
        return new ResolvedMachine(type, effectiveGpu, attached, spot ? spotAlternates(type) : List.of());
    }

    /** Types of the same size from the catalogue's spot families, other than {@code type} itself. */
    public List<MachineType> spotAlternates(MachineType type) {
        if (!spotFamilies.contains(type.family())) {
            return List.of();
        }
        return types.values().stream()
                .filter(t -> !t.equals(type) && spotFamilies.contains(t.family()) && t.sameSizeAs(type)
                        && t.gpu() == null)
                .sorted(Comparator.comparingInt(t -> spotFamilies.indexOf(t.family())))
                .toList();
    }

    private Optional<MachineType> smallest(Predicate<MachineType> filter) {
        return types.values().stream().filter(filter).min(BY_SIZE);
    }

    private static Optional<MachineType> smaller(Optional<MachineType> a, Optional<MachineType> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return BY_SIZE.compare(a.get(), b.get()) <= 0 ? a : b;
    }

    private static final Comparator<MachineType> BY_SIZE = Comparator.comparingInt(MachineType::cpu)
            .thenComparingDouble(MachineType::memoryGiB).thenComparing(MachineType::name);

    private String largest(String family) {
        return types.values().stream().filter(t -> t.family().equals(family)).max(BY_SIZE)
                .map(t -> t.cpu() + " vCPUs and " + t.memoryGiB() + " GiB (" + t.name() + ")")
                .orElse("nothing");
    }

    private String gpuHostsPhrase(GpuSpec gpu) {
        List<String> hosts = types.values().stream()
                .filter(t -> (t.gpu() != null && t.gpu().type().equals(gpu.type()))
                        || (attachableGpus.containsKey(gpu.type())
                        && attachableGpus.get(gpu.type()).families().contains(t.family())))
                .map(MachineType::name).limit(6).toList();
        return hosts.isEmpty()
                ? "a GPU model " + cloud.configName() + " offers: " + String.join(", ", gpuModels())
                : "a size that one of " + String.join(", ", hosts) + " (and larger) offers";
    }

    private List<String> sampleNames() {
        return types.values().stream().filter(t -> t.family().equals(portableFamily)).limit(3)
                .map(MachineType::name).toList();
    }

    private static String describe(GpuSpec gpu) {
        return gpu.count() + " × " + gpu.type();
    }

    /** The catalogue file's shape. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    static final class CatalogueFile {
        public String cloud;
        public String portableFamily;
        public String coreFamily;
        public List<String> spotFamilies;
        public Map<String, AttachableGpu> attachableGpus;
        public Allocatable daemonSetRequests;
        public List<MachineType> types;
    }

    /** An accelerator that attaches to hosts of some families, up to a count per host. */
    record AttachableGpu(List<String> families, int maxCount) {
    }
}
