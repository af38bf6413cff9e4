package io.hubfleet.config;

import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every class of stack-file mistake is refused with its key path, the problem and what is allowed. */
class ConfigErrorsTest {

    private static String withPool(String pool) {
        return Stacks.GCP.replace("- {name: user, purpose: user, machine: {cpu: 4, memoryGiB: 32}, max: 10}", pool);
    }

    @Test
    void unknownKeyIsNamedWithADidYouMean() {
        List<String> report = Stacks.report(withPool("- {name: user, purpose: user, machineType: n2-highmem-4, max: 10, spott: true}"));

        assertThat(report).containsExactly("hubfleet:nodePools[0].spott: unknown key. Allowed: the keys name, purpose, "
                + "machine, machineType, min, max, spot, gpu, diskSizeGiB, labels. Did you mean \"spot\"?");
    }

    @Test
    void unknownTopLevelKeyWithoutNamespaceSuggestsTheNamespacedOne() {
        List<ConfigProblem> problems = Stacks.problems(Stacks.GCP + "  cloud: gcp\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).hasToString("cloud");
            assertThat(p.problem()).isEqualTo("unknown key");
            assertThat(p.suggestion()).contains("\"hubfleet:cloud\"");
        });
    }

    @Test
    void misspeltHubfleetKeyIsRefused() {
        List<ConfigProblem> problems = Stacks.problems(Stacks.GCP + "  hubfleet:nodepools: []\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).hasToString("hubfleet:nodepools");
            assertThat(p.suggestion()).isEqualTo("Did you mean \"hubfleet:nodePools\"?");
        });
    }

    @Test
    void misspeltNamespaceIsRefused() {
        List<ConfigProblem> problems = Stacks.problems(Stacks.GCP + "  hubflet:spot: true\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).hasToString("hubflet:spot");
            assertThat(p.problem()).isEqualTo("unknown namespace \"hubflet\"");
            assertThat(p.suggestion()).isEqualTo("Did you mean \"hubfleet:spot\"?");
        });
    }

    @Test
    void wrongTypeSaysWhatWasGivenAndWhatIsAllowed() {
        List<String> report = Stacks.report(withPool("- {name: user, purpose: user, machineType: n2-highmem-4, max: lots}"));

        assertThat(report).containsExactly("hubfleet:nodePools[0].max: expected a whole number, got the text \"lots\". "
                + "Allowed: an integer from 1 to 1000 (most nodes).");
    }

    @Test
    void numbersWhereTextIsExpectedAreToldToQuote() {
        List<ConfigProblem> problems = Stacks.problems(Stacks.GCP.replace("\"1.33\"", "1.33"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).hasToString("hubfleet:cluster.kubernetesVersion");
            assertThat(p.problem()).isEqualTo("expected text, got the number 1.33; quote it in YAML: \"1.33\"");
        });
    }

    @Test
    void unknownEnumValueListsTheChoicesAndSuggests() {
        List<ConfigProblem> problems = Stacks.problems(Stacks.GCP.replace("hubfleet:cloud: gcp", "hubfleet:cloud: gpc"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.render()).isEqualTo("hubfleet:cloud: \"gpc\" is not a choice here. Allowed: one of gcp, aws, "
                    + "azure. Did you mean \"gcp\"?");
        });
    }

    @Test
    void namesMustBeDnsLabels() {
        List<String> report = Stacks.report(withPool("- {name: User_Pool, purpose: user, machineType: n2-highmem-4, max: 10}"));

        assertThat(report).containsExactly("hubfleet:nodePools[0].name: \"User_Pool\" is not well-formed. Allowed: "
                + "a DNS-1123 label: lowercase letters, digits and '-', starting with a letter and ending with a "
                + "letter or digit, at most 40 characters.");
    }

    @Test
    void clusterNamedAfterAStackThatIsNoDnsLabelNeedsAName() {
        assertThatThrownBy(() -> StackConfigReader.read(StackFile.parse("Prod_2", "Pulumi.Prod_2.yaml", Stacks.GCP)))
                .isInstanceOfSatisfying(InvalidStackConfigException.class, e -> assertThat(e.problems())
                        .singleElement()
                        .satisfies(p -> assertThat(p.path()).hasToString("hubfleet:cluster.name")));
    }

    @Test
    void minAboveMaxIsRefused() {
        List<String> report = Stacks.report(withPool("- {name: user, purpose: user, machineType: n2-highmem-4, min: 5, max: 2}"));

        assertThat(report).containsExactly("hubfleet:nodePools[0].min: min (5) is greater than max (2). "
                + "Allowed: a min no greater than max.");
    }

    @Test
    void coreMinAboveCoreMaxIsRefused() {
        List<ConfigProblem> problems = Stacks.problems(Stacks.GCP.replace("{kubernetesVersion: \"1.33\"}",
                "{kubernetesVersion: \"1.33\", corePool: {min: 4, max: 2}}"));

        assertThat(problems).extracting(p -> p.path().toString()).containsExactly("hubfleet:cluster.corePool.min");
    }

    @Test
    void bothMachineAndMachineTypeAreRefused() {
        List<String> report = Stacks.report(withPool(
                "- {name: user, purpose: user, machine: {cpu: 4, memoryGiB: 32}, machineType: n2-highmem-4, max: 10}"));

        assertThat(report).containsExactly("hubfleet:nodePools[0].machineType: both machine and machineType are set. "
                + "Allowed: either machine: {cpu, memoryGiB} (portable) or machineType: <an exact type>, not both.");
    }

    @Test
    void neitherMachineNorMachineTypeIsRefused() {
        List<ConfigProblem> problems = Stacks.problems(withPool("- {name: user, purpose: user, max: 10}"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).hasToString("hubfleet:nodePools[0].machine");
            assertThat(p.problem()).startsWith("missing");
        });
    }

    @Test
    void unknownMachineTypeOfTheCloudSuggestsTheNearest() {
        List<ConfigProblem> problems = Stacks.problems(withPool("- {name: user, purpose: user, machineType: n2-highmem-6, max: 10}"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).hasToString("hubfleet:nodePools[0].machineType");
            assertThat(p.problem()).isEqualTo("\"n2-highmem-6\" is not a known gcp machine type");
            assertThat(p.allowed()).contains("components/machines/gcp.yaml");
            assertThat(p.suggestion()).matches("Did you mean \"n2-highmem-[0-9]+\"\\?");
        });
    }

    @Test
    void anotherCloudsMachineTypeIsRefused() {
        List<ConfigProblem> problems = Stacks.problems(withPool("- {name: user, purpose: user, machineType: r6i.xlarge, max: 10}"));

        assertThat(problems).singleElement()
                .satisfies(p -> assertThat(p.problem()).isEqualTo("\"r6i.xlarge\" is not a known gcp machine type"));
    }

    @Test
    void aSizeNoTypeMeetsIsRefused() {
        List<ConfigProblem> problems = Stacks.problems(withPool("- {name: user, purpose: user, machine: {cpu: 400, memoryGiB: 32}, max: 10}"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).hasToString("hubfleet:nodePools[0].machine");
            assertThat(p.allowed()).contains("n2-highmem-128");
        });
    }

    @Test
    void aGpuTheHostCannotTakeIsRefused() {
        List<ConfigProblem> problems = Stacks.problems(withPool(
                "- {name: gpu, purpose: user, machineType: n2-highmem-8, gpu: {type: nvidia-tesla-t4}, max: 2}"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).hasToString("hubfleet:nodePools[0].gpu");
            assertThat(p.problem()).isEqualTo("n2-highmem-8 cannot take 1 × nvidia-tesla-t4");
        });
    }

    @Test
    void zoneOutsideTheRegionIsRefused() {
        List<String> report = Stacks.report(Stacks.GCP.replace("us-central1-b", "europe-west4-a"));

        assertThat(report).containsExactly("hubfleet:zone: \"europe-west4-a\" is not a zone of us-central1. "
                + "Allowed: a zone of us-central1 such as us-central1-b.");
    }

    @Test
    void gcpNeedsAZone() {
        List<ConfigProblem> problems = Stacks.problems(Stacks.GCP.replace("  hubfleet:zone: us-central1-b\n", ""));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).hasToString("hubfleet:zone");
            assertThat(p.problem()).startsWith("missing");
        });
    }

    @Test
    void accountIdMustBeTheCloudsKindOfId() {
        List<ConfigProblem> problems = Stacks.problems(Stacks.GCP.replace("test-project", "\"123456789012\""));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).hasToString("hubfleet:account.id");
            assertThat(p.allowed()).startsWith("a GCP project id");
        });
    }

    @Test
    void duplicatePoolNamesAreRefused() {
        List<String> report = Stacks.report(withPool("""
                - {name: user, purpose: user, machineType: n2-highmem-4, max: 10}
                    - {name: user, purpose: dask-worker, machineType: n2-highmem-4, max: 10}"""));

        assertThat(report).containsExactly("hubfleet:nodePools[1].name: \"user\" is already the name of "
                + "hubfleet:nodePools[0]. Allowed: a name no other pool of the stack has.");
    }

    @Test
    void thePoolNameCoreIsTheCorePools() {
        List<ConfigProblem> problems = Stacks.problems(withPool("- {name: core, purpose: user, machineType: n2-highmem-4, max: 10}"));

        assertThat(problems).extracting(p -> p.path().toString()).containsExactly("hubfleet:nodePools[0].name");
    }

    @Test
    void reservedLabelPrefixesAreRefused() {
        List<ConfigProblem> problems = Stacks.problems(withPool(
                "- {name: user, purpose: user, machineType: n2-highmem-4, max: 10, labels: {hub.jupyter.org/node-purpose: core}}"));

        assertThat(problems).singleElement()
                .satisfies(p -> assertThat(p.path()).hasToString("hubfleet:nodePools[0].labels[\"hub.jupyter.org/node-purpose\"]"));
    }

    @Test
    void missingRequiredKeysAreEachNamed() {
        List<ConfigProblem> problems = Stacks.problems("""
                config:
                  hubfleet:cloud: gcp
                  hubfleet:zone: us-central1-b
                """);

        assertThat(problems).extracting(p -> p.path().toString())
                .containsExactly("hubfleet:account", "hubfleet:cluster", "hubfleet:region");
        assertThat(problems).allSatisfy(p -> assertThat(p.problem()).isEqualTo("missing"));
    }

    @Test
    void overlappingAndMalformedCidrsAreRefused() {
        List<ConfigProblem> problems = Stacks.problems(Stacks.GCP.replace("{kubernetesVersion: \"1.33\"}",
                "{kubernetesVersion: \"1.33\", network: {nodeCidr: 10.0.0.0/8, serviceCidr: 10.300.0.0/16, "
                        + "controlPlaneCidr: 172.16.0.0/24}, apiAuthorizedCidrs: [10.0.0.1/8]}"));

        assertThat(problems).extracting(p -> p.path() + ": " + p.problem()).containsExactly(
                "hubfleet:cluster.apiAuthorizedCidrs[0]: \"10.0.0.1/8\" has address bits set below its prefix",
                "hubfleet:cluster.network.controlPlaneCidr: GKE's private control plane needs a /28, got /24",
                "hubfleet:cluster.network.podCidr: 10.16.0.0/12 overlaps nodeCidr (10.0.0.0/8)",
                "hubfleet:cluster.network.serviceCidr: \"10.300.0.0/16\" is not an IPv4 CIDR block");
    }

    @Test
    void gkeMaintenanceWindowMustOfferTwelveHoursAWeek() {
        List<ConfigProblem> problems = Stacks.problems(Stacks.GCP.replace("{kubernetesVersion: \"1.33\"}",
                "{kubernetesVersion: \"1.33\", maintenanceWindow: {days: [sunday], durationHours: 8}}"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).hasToString("hubfleet:cluster.maintenanceWindow.durationHours");
            assertThat(p.problem()).contains("8 hours a week");
        });
    }

    @Test
    void everyMistakeIsReportedAtOnce() {
        String yaml = """
                config:
                  hubfleet:cloud: gcp
                  hubfleet:region: us-central1
                  hubfleet:zone: europe-west1-b
                  hubfleet:account: {id: test-project}
                  hubfleet:cluster: {kubernetesVersion: "1.33", regionl: true}
                  hubfleet:nodePools:
                    - {name: user, purpose: user, machineType: n2-highmem-4, min: 9, max: 3}
                    - {name: dask, purpose: dask-worker, machineType: n2-highmem-4, max: 3}
                """;

        assertThat(Stacks.problems(yaml)).extracting(p -> p.path().toString()).containsExactly(
                "hubfleet:cluster.regionl", "hubfleet:nodePools[0].min", "hubfleet:zone");
    }

    @Test
    void yamlSyntaxErrorsNameTheLine() {
        List<ConfigProblem> problems = Stacks.problems("config:\n  hubfleet:cloud: gcp\n   bad: [\n");

        assertThat(problems).singleElement()
                .satisfies(p -> assertThat(p.problem()).startsWith("the file is not valid YAML at line"));
    }

    @Test
    void emptyFilesAreRefused() {
        assertThat(Stacks.problems("")).singleElement()
                .satisfies(p -> assertThat(p.problem()).isEqualTo("the file is empty"));
        assertThat(Stacks.problems("# only a comment\n")).singleElement()
                .satisfies(p -> assertThat(p.problem()).isEqualTo("the file is empty"));
    }

    @Test
    void aFileThatIsNotAMappingIsRefused() {
        assertThat(Stacks.problems("- just\n- a list\n")).singleElement()
                .satisfies(p -> assertThat(p.problem()).contains("not a mapping"));
    }

    @Test
    void duplicateYamlKeysAreRefused() {
        assertThat(Stacks.problems(Stacks.GCP + "  hubfleet:cloud: aws\n")).singleElement()
                .satisfies(p -> assertThat(p.problem()).contains("Duplicate field 'hubfleet:cloud'"));
    }

    @Test
    void hugeValuesAreCutInMessages() {
        String huge = "x".repeat(5000);
        List<ConfigProblem> problems = Stacks.problems(Stacks.GCP.replace("hubfleet:cloud: gcp", "hubfleet:cloud: " + huge));

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.render().length()).isLessThan(300));
    }

    @Test
    void theReportHasAHeadingAndOneLinePerProblem() {
        InvalidStackConfigException e = new InvalidStackConfigException("stacks/Pulumi.x.yaml", List.of(
                ConfigProblem.of(ConfigPath.key("hubfleet:b"), "bad", "good"),
                ConfigProblem.of(ConfigPath.key("hubfleet:a"), "worse", "better")));

        assertThat(e.report()).isEqualTo("""
                stacks/Pulumi.x.yaml has 2 problems:
                  - hubfleet:a: worse. Allowed: better.
                  - hubfleet:b: bad. Allowed: good.""");
        assertThat(e.getStackTrace()).as("bad input carries no stack trace").isEmpty();
    }

    /** A key the schema does not know does not hide the part's other problems: all are reported in one pass. */
    @org.junit.jupiter.api.Test
    void anUnknownKeyAndAConsistencyProblemAreReportedTogether() {
        String stack = io.hubfleet.testing.Stacks.GCP_WITH_HUB
                .replace("domain: alpha.example.org", "domain: alpha.example.org\n      colour: blue")
                .replace("tag: \"2025-06-02\"", "tag: latest")
                .replace("max: 20}", "max: 20, flavour: x}");
        org.assertj.core.api.Assertions.assertThat(io.hubfleet.testing.Stacks.report(stack))
                .anySatisfy(l -> org.assertj.core.api.Assertions.assertThat(l).startsWith("hubfleet:hubs[0].colour: unknown key"))
                .anySatisfy(l -> org.assertj.core.api.Assertions.assertThat(l).startsWith("hubfleet:nodePools[1].flavour: unknown key"))
                .anySatisfy(l -> org.assertj.core.api.Assertions.assertThat(l).startsWith("hubfleet:hubs[0].image.tag: \"latest\" is not pinned"));
    }
}
