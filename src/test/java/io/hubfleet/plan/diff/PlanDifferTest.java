package io.hubfleet.plan.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hubfleet.plan.JsonPlanRenderer;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Diffs of crafted plan pairs, and of real plans before and after a change to a stack file. */
class PlanDifferTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode plan(String stack, String resources) throws Exception {
        return JSON.readTree(("{'formatVersion': 1, 'stack': '" + stack + "', 'cloud': 'gcp', 'stage': 'production', "
                + "'resources': [" + resources + "], 'outputs': {}}").replace('\'', '"'));
    }

    private static String resource(String name, String inputs) {
        return resource(name, inputs, "{}", false);
    }

    private static String resource(String name, String inputs, String fingerprints, boolean protect) {
        return ("{'urn': 'urn:pulumi:s::hubfleet::t$x:y:Z::" + name + "', 'type': 'x:y:Z', 'name': '" + name + "', "
                + "'protect': " + protect + ", 'retainOnDelete': false, 'deleteBeforeReplace': false, "
                + "'ignoreChanges': [], 'provider': null, 'inputs': " + inputs + ", 'secretFingerprints': "
                + fingerprints + "}").replace('\'', '"');
    }

    private static StackDiff only(PlanDiff diff) {
        assertThat(diff.stacks()).hasSize(1);
        return diff.stacks().get(0);
    }

    @Test
    void addedRemovedAndChangedResourcesWithTheirChangedPaths() throws Exception {
        JsonNode before = plan("s", resource("kept", "{'size': 1, 'labels': {'a': 'x'}}".replace('\'', '"')) + ","
                + resource("gone", "{}") + "," + resource("same", "{'n': 1}".replace('\'', '"')));
        JsonNode after = plan("s", resource("kept", "{'size': 2, 'labels': {'a': 'x', 'b': 'y'}}".replace('\'', '"'))
                + "," + resource("new", "{}") + "," + resource("same", "{'n': 1}".replace('\'', '"')));
        StackDiff stack = only(PlanDiffer.diff(List.of(before), List.of(after)));
        assertThat(stack.status()).isEqualTo(StackDiff.Status.CHANGED);
        assertThat(stack.resources()).extracting(r -> r.action() + " " + r.name())
                .containsExactly("REMOVE gone", "UPDATE kept", "ADD new");
        ResourceChange kept = stack.resources().get(1);
        assertThat(kept.changes()).extracting(c -> c.path() + ": " + DiffValues.arrow(c))
                .containsExactly("/labels/b: (none) → \"y\"", "/size: 1 → 2");
        assertThat(stack.summary()).isEqualTo("1 to add, 1 to change, 1 to remove");
    }

    /** A resource at a URN under a parent chain, with aliases (URNs). */
    private static String at(String chain, String name, String inputs, String... aliases) {
        StringBuilder list = new StringBuilder();
        for (String alias : aliases) {
            list.append(list.length() == 0 ? "" : ",").append('\'').append(alias).append('\'');
        }
        return ("{'urn': '" + urn(chain, name) + "', 'type': 'x:y:Z', 'name': '" + name + "', 'protect': false, "
                + "'retainOnDelete': false, 'deleteBeforeReplace': false, 'ignoreChanges': [], 'provider': null, "
                + "'aliases': [" + list + "], 'inputs': " + inputs
                + ", 'secretFingerprints': {}}").replace('\'', '"');
    }

    private static String urn(String chain, String name) {
        return "urn:pulumi:s::hubfleet::" + chain + "$x:y:Z::" + name;
    }

    @Test
    void aResourceWhoseAliasIsAnOldUrnMovedAndIsNeitherRemovedNorAdded() throws Exception {
        JsonNode before = plan("s", at("a:b:Old", "gw", "{}") + "," + at("a:b:Old", "dns", "{\"ttl\": 1}"));
        JsonNode after = plan("s", at("a:b:Old$a:b:New", "gw", "{}", urn("a:b:Old", "gw")) + ","
                + at("a:b:Old$a:b:New", "dns", "{\"ttl\": 2}", urn("a:b:Old", "dns")));
        StackDiff stack = only(PlanDiffer.diff(List.of(before), List.of(after)));
        assertThat(stack.resources()).extracting(r -> r.action() + " " + r.name() + " from " + r.movedFrom())
                .containsExactlyInAnyOrder("MOVE gw from " + urn("a:b:Old", "gw"),
                        "UPDATE dns from " + urn("a:b:Old", "dns"));
        assertThat(stack.resources()).filteredOn(r -> r.name().equals("dns")).singleElement()
                .satisfies(r -> assertThat(r.changes()).extracting(InputChange::path).containsExactly("/ttl"));
        assertThat(stack.summary()).isEqualTo("0 to add, 1 to change, 0 to remove, 1 moved");
        JsonNode json = JsonDiffRenderer.toJson(PlanDiffer.diff(List.of(before), List.of(after))).at("/stacks/0");
        assertThat(json.path("move").asInt()).isEqualTo(1);
        assertThat(json.path("remove").asInt()).isZero();
        assertThat(json.at("/resources").findValuesAsText("movedFrom"))
                .containsExactlyInAnyOrder(urn("a:b:Old", "gw"), urn("a:b:Old", "dns"));
        assertThat(TextDiffRenderer.render(PlanDiffer.diff(List.of(before), List.of(after))))
                .contains("  > x:y:Z  gw\n      moved: was under a:b:Old\n");
    }

    @Test
    void anOldUrnTwoResourcesClaimMatchesNeither() throws Exception {
        JsonNode before = plan("s", at("a:b:Old", "gw", "{}"));
        JsonNode after = plan("s", at("a:b:One", "gw", "{}", urn("a:b:Old", "gw")) + ","
                + at("a:b:Two", "gw", "{}", urn("a:b:Old", "gw")));
        assertThat(only(PlanDiffer.diff(List.of(before), List.of(after))).resources())
                .extracting(r -> r.action() + " " + r.urn())
                .containsExactlyInAnyOrder("REMOVE " + urn("a:b:Old", "gw"), "ADD " + urn("a:b:One", "gw"),
                        "ADD " + urn("a:b:Two", "gw"));
    }

    @Test
    void anAliasToAnUrnTheNewPlanStillHasIsNoMove() throws Exception {
        JsonNode before = plan("s", at("a:b:Old", "gw", "{}"));
        JsonNode after = plan("s", at("a:b:Old", "gw", "{}") + "," + at("a:b:New", "gw", "{}", urn("a:b:Old", "gw")));
        assertThat(only(PlanDiffer.diff(List.of(before), List.of(after))).resources())
                .extracting(r -> r.action() + " " + r.urn()).containsExactly("ADD " + urn("a:b:New", "gw"));
    }

    @Test
    void nestedInputsReportTheirFullPath() throws Exception {
        JsonNode before = plan("s", resource("hub", "{'values': {'singleuser': {'image': {'tag': 'a'}}, 'list': [1, 2]}}"
                .replace('\'', '"')));
        JsonNode after = plan("s", resource("hub", "{'values': {'singleuser': {'image': {'tag': 'b'}}, 'list': [1, 3]}}"
                .replace('\'', '"')));
        assertThat(only(PlanDiffer.diff(List.of(before), List.of(after))).resources().get(0).changes())
                .extracting(c -> c.path() + ": " + DiffValues.arrow(c))
                .containsExactly("/values/list/1: 2 → 3", "/values/singleuser/image/tag: \"a\" → \"b\"");
    }

    @Test
    void aChangedSecretShowsAsChangedWithoutItsValue() throws Exception {
        JsonNode before = plan("s", resource("oauth", "{'stringData': '[secret]'}".replace('\'', '"'),
                "{'/stringData': 'aaaaaaaaaaaa'}".replace('\'', '"'), false));
        JsonNode after = plan("s", resource("oauth", "{'stringData': '[secret]'}".replace('\'', '"'),
                "{'/stringData': 'bbbbbbbbbbbb'}".replace('\'', '"'), false));
        InputChange change = only(PlanDiffer.diff(List.of(before), List.of(after))).resources().get(0).changes().get(0);
        assertThat(change.path()).isEqualTo("/stringData");
        assertThat(change.secretChanged()).isTrue();
        assertThat(DiffValues.arrow(change)).isEqualTo("[secret] → [secret] (its encrypted value in the stack file changed)");
        assertThat(JsonDiffRenderer.render(PlanDiffer.diff(List.of(before), List.of(after))))
                .doesNotContain("aaaaaaaaaaaa").doesNotContain("bbbbbbbbbbbb");
    }

    @Test
    void optionChangesThatMatterToDataSafetyShow() throws Exception {
        JsonNode before = plan("s", resource("home", "{}", "{}", true));
        JsonNode after = plan("s", resource("home", "{}", "{}", false));
        assertThat(only(PlanDiffer.diff(List.of(before), List.of(after))).resources().get(0).changes())
                .extracting(c -> c.path() + ": " + DiffValues.arrow(c)).containsExactly("protect: true → false");
    }

    @Test
    void stacksAddedAndRemovedAndUnchanged() throws Exception {
        JsonNode a = plan("a", resource("x", "{}"));
        JsonNode b = plan("b", resource("x", "{}"));
        JsonNode c = plan("c", resource("x", "{}"));
        PlanDiff diff = PlanDiffer.diff(List.of(a, b), List.of(b, c));
        assertThat(diff.stacks()).extracting(s -> s.stack() + " " + s.status())
                .containsExactly("a REMOVED", "b UNCHANGED", "c ADDED");
        assertThat(diff.changedStacks()).extracting(StackDiff::stack).containsExactly("a", "c");
        assertThat(PlanDiffer.diff(List.of(b), List.of(b)).hasChanges()).isFalse();
    }

    @Test
    void changingOneHubsImageChangesExactlyThatValue() throws Exception {
        String after = Stacks.GCP_WITH_HUB.replace("tag: \"2025-06-02\"", "tag: \"2025-09-01\"");
        PlanDiff diff = PlanDiffer.diff(List.of(JsonPlanRenderer.toJson(Stacks.plan(Stacks.GCP_WITH_HUB))),
                List.of(JsonPlanRenderer.toJson(Stacks.plan(after))));
        StackDiff stack = only(diff);
        assertThat(stack.resources()).hasSize(1);
        assertThat(stack.resources().get(0).type()).isEqualTo("kubernetes:helm.sh/v3:Release");
        assertThat(stack.resources().get(0).changes()).extracting(c -> c.path() + ": " + DiffValues.arrow(c))
                .containsExactly("/values/singleuser/image/tag: \"2025-06-02\" → \"2025-09-01\"");
        assertThat(stack.outputChanges()).isEmpty();
    }

    @Test
    void reSettingAClientSecretChangesTheHubsSecretAndNothingElse() throws Exception {
        String after = Stacks.GCP_WITH_HUB.replace("{secure: v1:alpha}", "{secure: v1:alpha-rotated}");
        StackDiff stack = only(PlanDiffer.diff(List.of(JsonPlanRenderer.toJson(Stacks.plan(Stacks.GCP_WITH_HUB))),
                List.of(JsonPlanRenderer.toJson(Stacks.plan(after)))));
        assertThat(stack.resources()).extracting(r -> r.type() + " " + r.name())
                .containsExactly("kubernetes:core/v1:Secret alpha-oauth");
        assertThat(stack.resources().get(0).changes()).singleElement()
                .satisfies(c -> assertThat(c.secretChanged()).isTrue());
    }

    @Test
    void documentsOfOneOrManyPlansAreRead() throws Exception {
        JsonNode one = plan("a", "");
        assertThat(PlanDocuments.plans(one, "one.json")).hasSize(1);
        JsonNode many = JSON.readTree("{\"formatVersion\": 1, \"plans\": [" + one + "," + plan("b", "") + "]}");
        assertThat(PlanDocuments.plans(many, "all.json")).extracting(p -> p.path("stack").asText()).containsExactly("a", "b");
        assertThatThrownBy(() -> PlanDocuments.plans(JSON.readTree("{\"formatVersion\": 2}"), "future.json"))
                .hasMessage("future.json has formatVersion 2; this hubfleet reads plans of format 1");
        assertThatThrownBy(() -> PlanDocuments.plans(JSON.readTree("[]"), "x.json"))
                .hasMessageContaining("is not a plan");
    }

    @Test
    void theMarkdownCommentIsFindableAndSaysWhenNothingChanges() throws Exception {
        JsonNode a = plan("a", resource("x", "{}"));
        String none = MarkdownDiffRenderer.render(PlanDiffer.diff(List.of(a), List.of(a)));
        assertThat(none).startsWith(MarkdownDiffRenderer.MARKER).contains("No stack changes (1 stack planned offline).");
        String some = MarkdownDiffRenderer.render(PlanDiffer.diff(List.of(a), List.of(plan("a", ""))));
        assertThat(some).contains("| `a` | gcp | production | changed | 0 | 0 | 1 |").contains("```diff\n- x:y:Z  x\n```");
    }
}
