package io.hubfleet.plan;

import org.junit.jupiter.api.Test;
import pulumirpc.AliasOuterClass.Alias;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Alias specs collapse to URNs as the engine collapses them (step_generator.go). */
class AliasUrnsTest {

    private static final String STACK = "urn:pulumi:s::p::pulumi:pulumi:Stack";
    private static final String OLD = STACK + "$a:b:Old::old";
    private static final String NEW = STACK + "$a:b:Old$a:b:New::old";

    private static Alias spec(Alias.Spec.Builder spec) {
        return Alias.newBuilder().setSpec(spec).build();
    }

    @Test
    void aSpecWithAParentIsTheResourceUnderThatParent() {
        AliasUrns urns = new AliasUrns("s", "p", urn -> List.of());
        assertThat(urns.of(List.of(spec(Alias.Spec.newBuilder().setParentUrn(OLD))), "x:y:Z", "leaf", NEW))
                .containsExactly(STACK + "$a:b:Old$x:y:Z::leaf");
    }

    @Test
    void aChildOfAnAliasedParentInheritsItsOldPlace() {
        String inner = NEW.replace("::old", "$a:b:Inner::old-inner");
        Map<String, List<String>> recorded = Map.of(inner, List.of(STACK + "$a:b:Old$a:b:Inner::old-inner"));
        AliasUrns urns = new AliasUrns("s", "p", urn -> recorded.getOrDefault(urn, List.of()));
        assertThat(urns.of(List.of(), "x:y:Z", "old-inner-leaf", inner))
                .containsExactly(STACK + "$a:b:Old$a:b:Inner$x:y:Z::old-inner-leaf");
    }

    @Test
    void aRenameUnderTheSameParentAndAnUrnAliasAreKept() {
        AliasUrns urns = new AliasUrns("s", "p", urn -> List.of());
        assertThat(urns.of(List.of(spec(Alias.Spec.newBuilder().setName("before")),
                        Alias.newBuilder().setUrn("urn:pulumi:s::p::x:y:Z::elsewhere").build()), "x:y:Z", "after", OLD))
                .containsExactly(STACK + "$a:b:Old$x:y:Z::before", "urn:pulumi:s::p::x:y:Z::elsewhere");
    }

    @Test
    void noParentAndTheStackAsParentMeanAnUrnWithoutParents() {
        AliasUrns urns = new AliasUrns("s", "p", urn -> List.of());
        assertThat(urns.of(List.of(spec(Alias.Spec.newBuilder().setNoParent(true))), "x:y:Z", "leaf", OLD))
                .containsExactly("urn:pulumi:s::p::x:y:Z::leaf");
        assertThat(urns.of(List.of(spec(Alias.Spec.newBuilder().setParentUrn(STACK))), "x:y:Z", "leaf", OLD))
                .containsExactly("urn:pulumi:s::p::x:y:Z::leaf");
    }

    @Test
    void aliasesThatOnlyChangeTheTypeAreLeftOut() {
        // What the providers' SDKs add for older API versions (kubernetes apps/v1beta1, azure-native's).
        AliasUrns urns = new AliasUrns("s", "p", urn -> List.of());
        assertThat(urns.of(List.of(spec(Alias.Spec.newBuilder().setType("kubernetes:apps/v1beta1:Deployment"))),
                "kubernetes:apps/v1:Deployment", "d", OLD)).isEmpty();
    }
}
