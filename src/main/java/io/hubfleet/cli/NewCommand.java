package io.hubfleet.cli;

import io.hubfleet.config.InvalidStackConfigException;
import io.hubfleet.config.StackConfigReader;
import io.hubfleet.config.StackFile;
import io.hubfleet.config.UnsetSecrets;
import io.hubfleet.config.hub.AuthProvider;
import io.hubfleet.config.portable.Cloud;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/** {@code hubfleet new STACK}: a minimal, commented stack file that plans at once. */
@Command(name = "new",
        mixinStandardHelpOptions = true,
        description = {"Write a new stack file, stacks/Pulumi.<STACK>.yaml: one hub, commented, ready to plan. "
                + "Asks for what the options do not give (with every required option given, asks nothing).",
                "The file is checked as hubfleet plan reads it before it is written; an existing file is never "
                        + "overwritten. Its client secret is not set yet: the plan shows [secret not set] until "
                        + "pulumi config set --secret sets it."})
final class NewCommand implements Callable<Integer> {

    /** Pulumi's stack names, and safe as part of a file name. */
    private static final Pattern STACK_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final List<String> CLOUDS = Arrays.stream(Cloud.values()).map(Cloud::configName).toList();
    private static final List<String> LOGINS = Arrays.stream(AuthProvider.values()).map(AuthProvider::configName).toList();

    @Spec
    private CommandSpec spec;

    private final Reader input;

    @Parameters(index = "0", paramLabel = "STACK", description = "The new stack's name, such as physics-gcp.")
    private String stack;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Where to write it (default: the stacks directory of the hubfleet checkout).")
    private Path dir;

    @Option(names = "--cloud", paramLabel = "CLOUD", description = "gcp, aws or azure.")
    private String cloud;

    @Option(names = "--region", paramLabel = "REGION", description = "The cloud region (default: us-central1, us-west-2 or eastus).")
    private String region;

    @Option(names = "--zone", paramLabel = "ZONE", description = "GCP and AWS: a zone of the region (default: its b zone on GCP, a on AWS).")
    private String zone;

    @Option(names = "--account", paramLabel = "ID",
            description = "The GCP project id, 12-digit AWS account id or Azure subscription id (a GUID) to build in.")
    private String account;

    @Option(names = "--billing-account", paramLabel = "ID", description = "GCP: the billing account the budget is set on (XXXXXX-XXXXXX-XXXXXX).")
    private String billingAccount;

    @Option(names = "--budget", paramLabel = "AMOUNT", description = "The monthly budget (default: 300).")
    private Integer budget;

    @Option(names = "--email", paramLabel = "ADDRESS", description = "The operators' e-mail: budget alerts and Let's Encrypt.")
    private String email;

    @Option(names = "--hub-name", paramLabel = "NAME", description = "The hub's name (default: hub).")
    private String hubName;

    @Option(names = "--domain", paramLabel = "DOMAIN", description = "Where users reach the hub, such as hub.example.org.")
    private String domain;

    @Option(names = "--login", paramLabel = "PROVIDER", description = "The login provider: github, cilogon, google or generic-oauth (default: github).")
    private String login;

    @Option(names = "--client-id", paramLabel = "ID", description = "The OAuth application's client id (default: a placeholder to replace).")
    private String clientId;

    @Option(names = "--admin", paramLabel = "USER", description = "The hub's first admin, by username at the login provider.")
    private String admin;

    @Option(names = "--cilogon-idp", paramLabel = "ENTITY_ID", description = "cilogon: the identity provider's entity id.")
    private String cilogonIdp;

    @Option(names = "--authorize-url", paramLabel = "URL", description = "generic-oauth: the authorization endpoint.")
    private String authorizeUrl;

    @Option(names = "--token-url", paramLabel = "URL", description = "generic-oauth: the token endpoint.")
    private String tokenUrl;

    @Option(names = "--userdata-url", paramLabel = "URL", description = "generic-oauth: the userinfo endpoint.")
    private String userdataUrl;

    NewCommand() {
        this(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    /** Answers come from {@code input} (tests supply their own). */
    NewCommand(Reader input) {
        this.input = input;
    }

    @Override
    public Integer call() throws IOException {
        if (!STACK_NAME.matcher(stack).matches()) {
            throw new BadArgumentException("\"" + stack + "\" is not a stack name: letters, digits, '.', '_' and '-'");
        }
        CallerPaths paths = CallerPaths.current();
        Path file = paths.stacksDir(dir).resolve("Pulumi." + stack + ".yaml");
        if (Files.exists(file)) {
            throw new BadArgumentException(file + " exists: hubfleet new never overwrites a stack (choose another name)");
        }
        PrintWriter out = spec.commandLine().getOut();
        String schema = file.toAbsolutePath().getParent().relativize(paths.repoRoot().resolve("schema/stack.schema.json")).toString();
        NewStack answers = ask(new Prompter(new BufferedReader(input), out), schema);
        String text = answers.render();
        // Checked as the offline plan reads it (its client secret not set yet), before anything is written.
        try {
            StackConfigReader.readAny(UnsetSecrets.fill(StackFile.parse(stack, file.toString(), text)).raw());
        } catch (InvalidStackConfigException invalid) {
            throw new BadArgumentException(invalid.report() + "\nNothing was written: run hubfleet new again with these fixed.");
        }
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new BadArgumentException(file + " exists: hubfleet new never overwrites a stack (choose another name)");
        }
        out.println("Wrote " + file + ". Plan it now:");
        out.println("  ./hubfleet plan " + (dir == null ? stack : file));
        out.println("Then register the OAuth application (callback https://" + answers.domain() + "/hub/oauth_callback) "
                + "and set its secret: the file's comments say how.");
        return HubfleetCli.OK;
    }

    /** Every value from its option, or asked; with every required option given, nothing is asked. */
    private NewStack ask(Prompter prompter, String schema) {
        String loginName = login == null ? AuthProvider.GITHUB.configName() : login;
        boolean complete = cloud != null && account != null && email != null && domain != null && admin != null
                && (!"gcp".equals(cloud) || billingAccount != null)
                && (!"cilogon".equals(loginName) || cilogonIdp != null)
                && (!"generic-oauth".equals(loginName) || authorizeUrl != null && tokenUrl != null && userdataUrl != null);
        // Nothing left to ask: the defaults stand, and end-of-input gives them.
        Prompter p = complete ? new Prompter(new BufferedReader(Reader.nullReader()), new PrintWriter(Writer.nullWriter())) : prompter;
        Cloud theCloud = Cloud.fromConfigName(p.choose("--cloud", "Cloud", cloud, null, CLOUDS));
        String theRegion = p.ask("--region", "Region", region, switch (theCloud) {
            case GCP -> "us-central1";
            case AWS -> "us-west-2";
            case AZURE -> "eastus";
        });
        String theZone = switch (theCloud) {
            case GCP -> p.ask("--zone", "Zone", zone, theRegion + "-b");
            case AWS -> p.ask("--zone", "Zone", zone, theRegion + "a");
            case AZURE -> zone;
        };
        String theAccount = p.ask("--account", switch (theCloud) {
            case GCP -> "GCP project id";
            case AWS -> "AWS account id (12 digits)";
            case AZURE -> "Azure subscription id";
        }, account, null);
        String theBilling = theCloud == Cloud.GCP
                ? p.ask("--billing-account", "GCP billing account (XXXXXX-XXXXXX-XXXXXX)", billingAccount, null) : billingAccount;
        String theEmail = p.ask("--email", "Operators' e-mail (budget alerts, Let's Encrypt)", email, null);
        String theBudget = p.ask("--budget", "Monthly budget", budget == null ? null : String.valueOf(budget), "300");
        String theHub = p.ask("--hub-name", "Hub name", hubName, "hub");
        String theDomain = p.ask("--domain", "Hub domain (such as hub.example.org)", domain, null);
        AuthProvider theLogin = AuthProvider.fromConfigName(p.choose("--login", "Login provider", login, "github", LOGINS));
        String theClientId = p.ask("--client-id", "OAuth client id (its callback: https://" + theDomain
                + "/hub/oauth_callback; blank to set it later)", clientId, NewStack.CLIENT_ID_TO_SET);
        String theAdmin = p.ask("--admin", "First admin's username at " + theLogin.configName(), admin, null);
        List<String> urls = new ArrayList<>();
        if (theLogin == AuthProvider.CILOGON) {
            urls.add(p.ask("--cilogon-idp", "Identity provider's entity id (such as https://idp.example.edu/idp/shibboleth)",
                    cilogonIdp, null));
        } else if (theLogin == AuthProvider.GENERIC_OAUTH) {
            urls.add(p.ask("--authorize-url", "Authorization endpoint", authorizeUrl, null));
            urls.add(p.ask("--token-url", "Token endpoint", tokenUrl, null));
            urls.add(p.ask("--userdata-url", "Userinfo endpoint", userdataUrl, null));
        }
        int amount;
        try {
            amount = Integer.parseInt(theBudget);
        } catch (NumberFormatException e) {
            throw new BadArgumentException("--budget " + theBudget + " is not a whole amount");
        }
        return new NewStack(stack, theCloud, theRegion, theZone, theAccount, theBilling, amount, theEmail, theHub,
                theDomain, theLogin, theClientId, theAdmin, urls, schema);
    }
}
