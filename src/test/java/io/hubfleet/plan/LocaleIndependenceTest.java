package io.hubfleet.plan;

import io.hubfleet.cli.HubfleetCli;
import io.hubfleet.cli.StackPlanner;
import io.hubfleet.testing.SharedPlans;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What hubfleet generates does not depend on the machine's locale: native digits (Arabic, Persian),
 * Buddhist years (Thai), the dotless ı (Turkish) and decimal commas (German) would break a deployed
 * backup workflow, profile keys or export file names. Every plan, its text and the export are the same
 * as under the root locale.
 */
class LocaleIndependenceTest {

    private static final Locale ORIGINAL = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(ORIGINAL);
    }

    private static String everything(Path exportDir) throws Exception {
        StringBuilder out = new StringBuilder();
        Plan demoGcp = null;
        for (String stack : new String[]{"demo-gcp", "demo-aws", "demo-azure", "small-gcp"}) {
            Plan plan = Stacks.freshExample(stack); // planned now, under the locale of the moment
            out.append(JsonPlanRenderer.toJson(plan)).append(TextPlanRenderer.render(plan));
            demoGcp = stack.equals("demo-gcp") ? SharedPlans.copy(plan) : demoGcp;
        }
        // The export writes, under this locale, the demo-gcp plan just made under it (the CLI would plan it again the same way).
        Plan exported = demoGcp;
        StringWriter cli = new StringWriter();
        int status = HubfleetCli.execute(new String[]{"export", "demo-gcp", "--helm", exportDir.toString()},
                new PrintWriter(cli), new PrintWriter(cli), file -> file.getFileName().toString().equals("Pulumi.demo-gcp.yaml")
                        ? exported : StackPlanner.OFFLINE.plan(file));
        assertThat(status).as(cli.toString()).isZero();
        try (Stream<Path> files = Files.walk(exportDir)) {
            for (Path file : files.sorted().toList()) {
                out.append(exportDir.relativize(file)).append('\n');
                if (Files.isRegularFile(file)) {
                    out.append(Files.readString(file));
                }
            }
        }
        return out.toString();
    }

    /** Everything under the root locale, made once for the locales below. */
    private static String root;

    private static synchronized String underTheRootLocale(Path exportDir) throws Exception {
        if (root == null) {
            Locale.setDefault(Locale.ROOT);
            root = everything(exportDir);
        }
        return root;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar-SA", "fa-IR", "th-TH-u-ca-buddhist", "tr-TR", "de-DE"})
    void outputIsTheSameUnderEveryLocale(String tag, @TempDir Path dir) throws Exception {
        String root = underTheRootLocale(dir.resolve("root"));
        Locale.setDefault(Locale.forLanguageTag(tag));
        String local = everything(dir.resolve("local"));
        assertThat(local).isEqualTo(root);
    }

    /** The calls that read the default locale are not used in hubfleet's code: a new one would pass the test above only by luck. */
    @org.junit.jupiter.api.Test
    void noCodeReadsTheDefaultLocale() throws Exception {
        java.util.regex.Pattern defaultLocale = java.util.regex.Pattern.compile(
                "\\.formatted\\(|String\\.format\\((?!\\s*(java\\.util\\.)?Locale\\.ROOT)|to(Lower|Upper)Case\\(\\)"
                        + "|DateTimeFormatter\\.ofPattern\\(\"[^\"]*\"\\)|NumberFormat\\.get|new DecimalFormat\\(");
        java.util.List<String> found = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                java.util.List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (defaultLocale.matcher(lines.get(i)).find()) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
