package io.hubfleet.cli;

import io.hubfleet.config.KubernetesVersions;
import io.hubfleet.config.hub.AuthProvider;
import io.hubfleet.config.portable.Cloud;

import java.util.List;

/**
 * What {@code hubfleet new} writes: a minimal stack of one hub, commented for someone who has never seen
 * a stack file, in the shape of the small-* examples (portable sizes, homes on a disk, a budget).
 *
 * @param loginUrls cilogon: the identity provider's entity id; generic-oauth: authorize, token and userdata URLs
 * @param schemaRef the published schema, relative to the file (editors check the file against it)
 */
record NewStack(String stack, Cloud cloud, String region, String zone, String account, String billingAccount,
                int monthlyBudget, String email, String hubName, String domain, AuthProvider login, String clientId,
                String admin, List<String> loginUrls, String schemaRef) {

    /** Written when no client id is given yet: valid, and plainly not a real one. */
    static final String CLIENT_ID_TO_SET = "set-me-from-the-oauth-app";

    String render() {
        StringBuilder y = new StringBuilder();
        y.append("# yaml-language-server: $schema=").append(schemaRef).append('\n')
                .append("# The stack ").append(stack).append(": one JupyterHub on ").append(cloudName())
                .append(", written by ./hubfleet new. It plans offline at once:\n")
                .append("#   ./hubfleet plan ").append(stack).append('\n')
                .append("# Reference: docs/configuration.md (every key), docs/").append(cloud.configName())
                .append(".md, docs/adding-a-community.md (what comes next).\n")
                .append("#\n# Next:\n")
                .append("#   1. Register an OAuth application with ").append(loginName())
                .append(", its callback URL\n#        https://").append(domain).append("/hub/oauth_callback\n")
                .append("#      and put its client id in hubfleet:hubs[0].auth.clientId below.\n")
                .append("#   2. Create the stack in your Pulumi backend and set the client secret, encrypted into this file:\n")
                .append("#        pulumi stack init ").append(stack).append('\n')
                .append("#        pulumi config set --secret --path 'hubfleet:hubs[0].auth.clientSecret' <secret> -s ")
                .append(stack).append('\n')
                .append("#      Until then the plan shows it as [secret not set], and pulumi preview and up refuse the stack.\n")
                .append("#   3. Check the budget: ").append(monthlyBudget)
                .append(" a month, in the billing account's currency; see the cost at the end of the plan.\n")
                .append("config:\n")
                .append("  # gcp, aws or azure. Sizes below are portable: changing the cloud moves the stack's shape.\n")
                .append("  hubfleet:cloud: ").append(cloud.configName()).append('\n')
                .append("  hubfleet:region: ").append(quoted(region)).append('\n');
        if (zone != null) {
            y.append(cloud == Cloud.GCP ? "  # The zonal cluster and the hub's home disk live in this zone.\n"
                            : "  # The core nodes and the hub's home disk live here (EBS volumes attach within one zone).\n")
                    .append("  hubfleet:zone: ").append(quoted(zone)).append('\n');
        }
        y.append("  # The ").append(accountName()).append(" hubfleet builds in (adopted: it must exist).\n")
                .append("  hubfleet:account:\n")
                .append("    id: ").append(quoted(account)).append('\n');
        if (billingAccount != null) {
            y.append("    # The billing account the budget below is set on.\n")
                    .append("    billingAccount: ").append(quoted(billingAccount)).append('\n');
        }
        y.append("  # The cloud's own budget: these addresses are e-mailed when spend passes 50 %, 90 % and 120 %\n")
                .append("  # of the monthly amount, and when the forecast passes 100 %.\n")
                .append("  hubfleet:budget:\n")
                .append("    monthlyAmount: ").append(monthlyBudget).append('\n')
                .append("    emails: [").append(quoted(email)).append("]\n")
                .append("  # A pinned Kubernetes minor version: the cluster upgrades when you change it.\n")
                .append("  hubfleet:cluster:\n")
                .append("    kubernetesVersion: \"").append(latestKubernetes()).append("\"\n");
        if (cloud == Cloud.AZURE) {
            y.append("    # A 32 GiB OS disk (P4), the smallest tier AKS boots from.\n")
                    .append("    corePool: {diskSizeGiB: 32}\n");
        }
        y.append("  # Users' servers: nodes start when someone logs in and stop when the last server is culled.\n")
                .append("  # machine is a size, not a machine type: hubfleet picks the cloud's smallest that fits.\n")
                .append("  hubfleet:nodePools:\n")
                .append("    - name: user\n")
                .append("      purpose: user\n")
                .append("      machine: {cpu: 4, memoryGiB: 32}\n")
                .append("      max: 5\n")
                .append("  # Homes on a disk with a quota per user, snapshotted daily (docs/data-safety.md).\n")
                .append("  hubfleet:homeStorage:\n")
                .append("    kind: disk\n")
                .append(cloud == Cloud.AZURE ? "    # Azure bills 32 GiB whether 20 or 32 are asked for.\n    capacityGiB: 32\n"
                        : "    capacityGiB: 50\n")
                .append("    perUserQuotaGiB: 10\n")
                .append("  # Let's Encrypt's contact for the hub's HTTPS certificate.\n")
                .append("  hubfleet:ingress:\n")
                .append("    letsEncryptEmail: ").append(quoted(email)).append('\n')
                .append("  hubfleet:hubs:\n")
                .append("    # The hub's name is its namespace and its home directory's name.\n")
                .append("    - name: ").append(quoted(hubName)).append('\n')
                .append("      # Served over HTTPS. After the first deployment, point DNS at the ingress address\n")
                .append("      # (stack output dnsRecords), or let hubfleet keep the records (hubfleet:dns).\n")
                .append("      domain: ").append(quoted(domain)).append('\n')
                .append("      auth:\n")
                .append("        provider: ").append(login.configName()).append('\n')
                .append("        # The OAuth application's client id (step 1 above).\n")
                .append("        clientId: ").append(quoted(clientId)).append('\n')
                .append("        # clientSecret is set with pulumi config set --secret (step 2 above), never in plain text.\n")
                .append("        # Admins, by their username at the login provider; allowedUsers may log in too.\n")
                .append("        admins: [").append(quoted(admin)).append("]\n");
        loginSection(y);
        y.append("      # The user image, pinned: change the tag to upgrade everyone's environment.\n")
                .append("      image: {name: quay.io/jupyter/scipy-notebook, tag: \"2025-06-02\"}\n")
                .append("      # Servers idle for 30 minutes are stopped (their homes stay).\n")
                .append("      culling: {idleTimeoutSeconds: 1800}\n");
        return y.toString();
    }

    private void loginSection(StringBuilder y) {
        switch (login) {
            case GITHUB -> y.append("        # Members of these GitHub organisations may log in too:\n")
                    .append("        # github: {organizations: [my-org]}\n");
            case GOOGLE -> y.append("        # Everyone of these Google Workspace domains may log in too:\n")
                    .append("        # google: {hostedDomains: [example.edu]}\n");
            case CILOGON -> y.append("        # The institutions whose users CILogon lets in (add allowedDomains to narrow it).\n")
                    .append("        cilogon:\n")
                    .append("          identityProviders:\n")
                    .append("            - entityId: ").append(quoted(loginUrls.get(0))).append('\n');
            case GENERIC_OAUTH -> y.append("        # The issuer's endpoints; the username is the email claim by default.\n")
                    .append("        genericOAuth:\n")
                    .append("          authorizeUrl: ").append(quoted(loginUrls.get(0))).append('\n')
                    .append("          tokenUrl: ").append(quoted(loginUrls.get(1))).append('\n')
                    .append("          userdataUrl: ").append(quoted(loginUrls.get(2))).append('\n');
        }
    }

    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9@._/-]*");
    private static final java.util.Set<String> YAML_WORDS = java.util.Set.of("y", "n", "yes", "no", "true", "false",
            "on", "off", "null");

    /**
     * An answer as a YAML scalar: plain when YAML reads it back as the same text, else double-quoted and
     * escaped, so no answer can change the file's structure (or become a number or a boolean).
     */
    static String quoted(String value) {
        if (PLAIN.matcher(value).matches() && !YAML_WORDS.contains(value.toLowerCase(java.util.Locale.ROOT))) {
            return value;
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append("\\x").append(java.util.HexFormat.of().toHexDigits((byte) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private String latestKubernetes() {
        List<String> versions = KubernetesVersions.supported(cloud);
        return versions.get(versions.size() - 1);
    }

    private String cloudName() {
        return switch (cloud) {
            case GCP -> "GCP";
            case AWS -> "AWS";
            case AZURE -> "Azure";
        };
    }

    private String accountName() {
        return switch (cloud) {
            case GCP -> "GCP project";
            case AWS -> "AWS account (12 digits)";
            case AZURE -> "Azure subscription";
        };
    }

    private String loginName() {
        return switch (login) {
            case GITHUB -> "GitHub (Settings > Developer settings > OAuth Apps)";
            case GOOGLE -> "Google (Cloud console > APIs & Services > Credentials)";
            case CILOGON -> "CILogon (https://cilogon.org/oauth2/register)";
            case GENERIC_OAUTH -> "your OAuth / OpenID Connect issuer";
        };
    }
}
