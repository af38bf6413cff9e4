package io.hubfleet.program;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The prebuilt jar Pulumi runs refuses to deploy code older than the sources beside it. */
class PrebuiltProgramTest {

    private static final Instant BUILT = Instant.parse("2026-11-28T08:00:00Z");

    @TempDir
    Path project;

    private Path file(String path, Instant modified) throws Exception {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, path);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private Path jar() throws Exception {
        return file("target/hubfleet.jar", BUILT);
    }

    @Test
    void aJarNewerThanEverySourceRuns() throws Exception {
        Path jar = jar();
        file("pom.xml", BUILT.minusSeconds(60));
        file("src/main/java/io/hubfleet/Main.java", BUILT.minusSeconds(60));
        file("components/jupyterhub/chart.yaml", BUILT.minusSeconds(1));
        // Tests and stack files are not in the jar: editing them changes nothing it would deploy.
        file("src/test/java/io/hubfleet/SomeTest.java", BUILT.plusSeconds(60));
        file("stacks/Pulumi.demo-gcp.yaml", BUILT.plusSeconds(60));

        assertThat(PrebuiltProgram.staleness(jar, project)).isEmpty();
    }

    @Test
    void aSourceChangedAfterTheBuildRefusesTheJarAndNamesTheFileAndTheFix() throws Exception {
        Path jar = jar();
        file("src/main/java/io/hubfleet/Main.java", BUILT.minusSeconds(60));
        file("src/main/java/io/hubfleet/components/Hub.java", BUILT.plusSeconds(5));

        assertThat(PrebuiltProgram.staleness(jar, project)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("target/hubfleet.jar is older than src/main/java/io/hubfleet/components/Hub.java")
                .contains("./hubfleet build"));
    }

    @Test
    void everyKindOfPackagedSourceCounts() throws Exception {
        for (String source : new String[] {"pom.xml", "components/machines/gcp.yaml", "schema/stack.schema.json"}) {
            Path jar = jar();
            Path changed = file(source, BUILT.plusSeconds(1));
            assertThat(PrebuiltProgram.staleness(jar, project)).as(source).isPresent();
            Files.delete(changed);
        }
    }

    @Test
    void outsideASourceCheckoutThereIsNothingToCompare() throws Exception {
        assertThat(PrebuiltProgram.staleness(jar(), project)).isEmpty();
    }

    @Test
    void underTestsTheProgramRunsFromClassesAndIsNeverRefused() {
        assertThat(PrebuiltProgram.staleness(Path.of("").toAbsolutePath())).isEmpty();
    }

    @Test
    void theLauncherRebuildsOnExactlyTheSourcesTheProgramChecks() throws Exception {
        // ./hubfleet rebuilds when one of these is newer than the jar; the program refuses on the same
        // list, so a change the launcher ignores can never leave the program refusing to start.
        String launcher = Files.readString(Path.of("hubfleet"));
        Matcher find = Pattern.compile("find ((?:\\S*\\$root/\\S+\"\\s*\\\\?\\s*)+)-newer").matcher(launcher);
        assertThat(find.find()).as("the launcher's staleness check").isTrue();
        List<String> launcherSources = Pattern.compile("\\$root/([^\"]+)\"").matcher(find.group(1)).results()
                .map(m -> m.group(1)).toList();
        assertThat(launcherSources).containsExactlyInAnyOrderElementsOf(PrebuiltProgram.SOURCES);
    }

    @Test
    void thePomBuildsTheJarPulumiYamlNamesWithItsLibrariesBesideIt() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        XPath xpath = XPathFactory.newInstance().newXPath();
        String jar = "/project/build/plugins/plugin[artifactId='maven-jar-plugin']/configuration";
        assertThat(xpath.evaluate(jar + "/finalName", pom)).isEqualTo("hubfleet");
        assertThat(xpath.evaluate(jar + "/archive/manifest/mainClass", pom)).isEqualTo("io.hubfleet.Main");
        assertThat(xpath.evaluate(jar + "/archive/manifest/addClasspath", pom)).isEqualTo("true");
        assertThat(xpath.evaluate(jar + "/archive/manifest/classpathPrefix", pom)).isEqualTo("lib/");
        String copy = "/project/build/plugins/plugin[artifactId='maven-dependency-plugin']/executions"
                + "/execution[goals/goal='copy-dependencies']";
        assertThat(xpath.evaluate(copy + "/phase", pom)).isEqualTo("package");
        assertThat(xpath.evaluate(copy + "/configuration/includeScope", pom)).isEqualTo("runtime");
        assertThat(xpath.evaluate(copy + "/configuration/outputDirectory", pom)).isEqualTo("${project.build.directory}/lib");
    }
}
