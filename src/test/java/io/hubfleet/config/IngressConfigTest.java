package io.hubfleet.config;

import io.hubfleet.cloud.DnsZone;
import io.hubfleet.components.CloudSpecs;
import io.hubfleet.config.portable.Cloud;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** DNS zones named the way their cloud names them; Grafana's public domain, its login and HTTPS. */
class IngressConfigTest {

    private static final String AWS = Stacks.AWS_WITH_HUB;

    @Test
    void eachCloudNamesItsZoneByItsOwnKey() {
        assertThat(Stacks.report(Stacks.with(Stacks.GCP_WITH_HUB, "  hubfleet:dns: {zone: example.org, hostedZoneId: Z12345}")))
                .containsExactly(
                        "hubfleet:dns.hostedZoneId: is not read on gcp. Allowed: managedZone: the Cloud DNS managed "
                                + "zone's name (gcloud dns managed-zones list).",
                        "hubfleet:dns.managedZone: missing: on gcp the zone is named by managedZone. Allowed: the Cloud "
                                + "DNS managed zone's name (gcloud dns managed-zones list).");
        assertThat(Stacks.report(Stacks.with(AWS, "  hubfleet:dns: {zone: example.org}"))).containsExactly(
                "hubfleet:dns.hostedZoneId: missing: on aws the zone is named by hostedZoneId. Allowed: the Route 53 "
                        + "hosted zone's id, such as Z0123456789ABCDEFGHIJ (aws route53 list-hosted-zones).");
        DnsConfig dns = Stacks.read(Stacks.with(AWS, "  hubfleet:dns: {zone: example.org, hostedZoneId: Z12345}"))
                .dns().orElseThrow();
        assertThat(dns.ttlSeconds()).isEqualTo(300);
        assertThat(dns.contains("alpha.example.org")).isTrue();
        assertThat(dns.contains("alpha.notexample.org")).isFalse();
        // The zone as the cloud receives it (Azure names records relative to it).
        DnsZone zone = CloudSpecs.dnsZone(dns);
        assertThat(zone.hostedZoneId()).contains("Z12345");
        assertThat(zone.managedZone()).isEmpty();
        assertThat(zone.relativeName("a.b.example.org")).isEqualTo("a.b");
        assertThat(zone.relativeName("example.org")).isEqualTo("@");
    }

    @Test
    void monitoringIsOnByDefaultWithGrafanaPrivate() {
        MonitoringConfig monitoring = Stacks.read(Stacks.GCP_WITH_HUB).monitoring();
        assertThat(monitoring.enabled()).isTrue();
        assertThat(monitoring.retentionDays()).isEqualTo(30);
        assertThat(monitoring.storageGiB()).isEqualTo(10);
        assertThat(monitoring.grafana().optionalDomain()).isEmpty();
    }

    @Test
    void aPublicGrafanaNeedsAnAdminPasswordSetAsASecret() {
        assertThat(Stacks.report(Stacks.with(Stacks.GCP_WITH_HUB,
                "  hubfleet:monitoring: {grafana: {domain: grafana.example.org}}"))).containsExactly(
                "hubfleet:monitoring.grafana.adminPassword: missing: Grafana served at grafana.example.org needs an "
                        + "admin password. Allowed: a Pulumi secret: pulumi config set --secret --path "
                        + "'hubfleet:monitoring.grafana.adminPassword' <password>.");
        assertThat(Stacks.report(Stacks.with(Stacks.GCP_WITH_HUB,
                "  hubfleet:monitoring: {grafana: {domain: grafana.example.org, adminPassword: hunter2}}"))).containsExactly(
                "hubfleet:monitoring.grafana.adminPassword: Grafana's admin password is in plain text. Allowed: a "
                        + "Pulumi secret: pulumi config set --secret --path 'hubfleet:monitoring.grafana.adminPassword' "
                        + "<secret>.");
    }

    @Test
    void grafanaNeedsADomainOfItsOwnAndHttps() {
        assertThat(Stacks.problems(Stacks.with(Stacks.GCP_WITH_HUB,
                "  hubfleet:monitoring: {grafana: {domain: alpha.example.org, adminPassword: {secure: v1:x}}}")))
                .extracting(ConfigProblem::render).containsExactly(
                        "hubfleet:monitoring.grafana.domain: alpha.example.org is also the domain of hub alpha. "
                                + "Allowed: a domain of its own, such as grafana.example.org.");
        assertThat(Stacks.problems(Stacks.with(Stacks.GCP,
                "  hubfleet:monitoring: {grafana: {domain: grafana.example.org, adminPassword: {secure: v1:x}}}")))
                .extracting(p -> p.path().toString()).containsExactly("hubfleet:ingress");
        assertThat(Stacks.problems(Stacks.with(Stacks.GCP_WITH_HUB,
                "  hubfleet:monitoring: {enabled: false, grafana: {domain: g.example.org, adminPassword: {secure: v1:x}}}")))
                .extracting(p -> p.path().toString()).containsExactly("hubfleet:monitoring.grafana.domain");
    }
}
