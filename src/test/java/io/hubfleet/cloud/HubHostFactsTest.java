package io.hubfleet.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hubfleet.cloud.aws.EksHostFacts;
import io.hubfleet.cloud.azure.AksHostFacts;
import io.hubfleet.cloud.gcp.GkeHostFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each cloud's hub host facts (the {@code facts} of the stack output {@code hubHost}) are written and read by
 * one record: what it writes, it reads back, under the keys docs/shared-clusters.md lists, in that order.
 */
class HubHostFactsTest {

    private static final GkeHostFacts GKE = new GkeHostFacts("hubfleet-demo", "demo-gcp", "us-central1",
            "us-central1-b", "hubfleet-demo");
    private static final EksHostFacts EKS = new EksHostFacts("demo-aws", "us-west-2", "123456789012", "123456789012",
            "arn:aws:iam::123456789012:oidc-provider/x", "https://oidc.example/x", Optional.empty(), "us-west-2a");
    private static final EksHostFacts EKS_CREATED = new EksHostFacts("demo-aws", "us-west-2", "seed", "210987654321",
            "arn:aws:iam::210987654321:oidc-provider/x", "https://oidc.example/x",
            Optional.of("arn:aws:iam::210987654321:role/OrganizationAccountAccessRole"), "us-west-2a");
    private static final AksHostFacts AKS = new AksHostFacts("demo-azure", "seed", "westeurope", "sub", "hubfleet-demo",
            "https://issuer.example/", "/subscriptions/sub/subnets/nodes", Optional.empty(), "principal");
    private static final AksHostFacts AKS_ZONAL = new AksHostFacts("demo-azure", "seed", "westeurope", "sub",
            "hubfleet-demo", "https://issuer.example/", "/subscriptions/sub/subnets/nodes", Optional.of("1"), "principal");

    @Test
    void whatEachCloudWritesItReadsBack() {
        assertThat(GkeHostFacts.fromOutput(GKE.toOutput())).isEqualTo(GKE);
        assertThat(EksHostFacts.fromOutput(EKS.toOutput())).isEqualTo(EKS);
        assertThat(EksHostFacts.fromOutput(EKS_CREATED.toOutput())).isEqualTo(EKS_CREATED);
        assertThat(AksHostFacts.fromOutput(AKS.toOutput())).isEqualTo(AKS);
        assertThat(AksHostFacts.fromOutput(AKS_ZONAL.toOutput())).isEqualTo(AKS_ZONAL);
    }

    @Test
    void absentValuesAreEmptyTextInTheOutput() {
        assertThat(EKS.toOutput()).containsEntry("accessRoleArn", "");
        assertThat(AKS.toOutput()).containsEntry("homeZone", "");
        assertThat(AKS_ZONAL.toOutput()).containsEntry("homeZone", "1");
    }

    @Test
    void aMissingFactSaysToDeployTheClusterStackFirst() {
        Map<String, Object> older = new LinkedHashMap<>(GKE.toOutput());
        older.remove("namingSeed");
        assertThatThrownBy(() -> GkeHostFacts.fromOutput(older))
                .hasMessageContaining("hubHost output has no namingSeed")
                .hasMessageContaining("deploy the cluster stack");
    }

    @Test
    void theKeysAreTheOnesTheDocsList() throws IOException {
        String row = Files.readAllLines(Path.of("docs", "shared-clusters.md")).stream()
                .filter(line -> line.startsWith("| `facts` |")).findFirst().orElseThrow();
        assertThat(new ArrayList<>(GKE.toOutput().keySet())).isEqualTo(documented(row, "GCP", "AWS"));
        assertThat(new ArrayList<>(EKS.toOutput().keySet())).isEqualTo(documented(row, "AWS", "Azure"));
        assertThat(new ArrayList<>(AKS.toOutput().keySet())).isEqualTo(documented(row, "Azure", null));
    }

    private static List<String> documented(String row, String from, String to) {
        int start = row.indexOf(from + " `");
        int end = to == null ? row.lastIndexOf('|') : row.indexOf(to + " `", start);
        Matcher key = Pattern.compile("`(\\w+)`").matcher(row.substring(start, end));
        List<String> keys = new ArrayList<>();
        while (key.find()) {
            if (!key.group(1).isEmpty()) {
                keys.add(key.group(1));
            }
        }
        return keys;
    }
}
