package io.hubfleet.cli;

import io.hubfleet.testing.FakeCommandRunner;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hubfleet homes backups|restore} on every cloud and home kind of the examples: the listing commands it
 * prints and runs (through a fake runner: nothing reaches a cloud), the restore steps it prints, what --run
 * runs and where it stops, and the refusals.
 */
class HomesCliTest {

    record Run(int status, String out, String err) {
    }

    /** Runs {@code hubfleet args}; the examples' plans are the ones made once per test run (Stacks.PLANNER). */
    static Run run(FakeCommandRunner runner, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = HubfleetCli.execute(args, new PrintWriter(out), new PrintWriter(err), runner, Stacks.PLANNER);
        return new Run(status, out.toString(), err.toString());
    }

    /**
     * One cloud and kind.
     *
     * @param stack   the example
     * @param hub     a hub of it
     * @param kind    its home storage kind
     * @param listing the start of the command that lists its backups, as run
     * @param from    a backup of the form its cloud lists
     * @param copy    what its restore makes from the backup (a command's start, as printed)
     */
    record Case(String stack, String hub, String kind, String listing, String from, String copy) {
        @Override
        public String toString() {
            return stack + " (" + kind + ")";
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("small-gcp", "hub", "disk", "gcloud compute snapshots list --project ",
                        "small-gcp-hub-home-us-central1-a-20250601030000", "gcloud compute disks create small-gcp-hub-home-restore-"),
                new Case("small-aws", "hub", "disk", "aws ec2 describe-snapshots --region us-west-2 --owner-ids self "
                        + "--filters Name=tag:hubfleet:home-disk,Values=small-aws-hub-home", "snap-0123456789abcdef0",
                        "aws ec2 create-volume --region us-west-2 "),
                new Case("small-azure", "hub", "disk", "az snapshot list --subscription ",
                        "AzureBackup_small-azure-hub-home_2025-06-01", "az disk create --subscription "),
                new Case("demo-gcp", "prod", "managed", "gcloud filestore backups list --project ",
                        "home-5f3a1c-20250601030000", "gcloud filestore instances create demo-gcp-home-restore-"),
                new Case("demo-aws", "prod", "managed", "aws backup list-recovery-points-by-backup-vault --region us-west-2 "
                        + "--backup-vault-name demo-aws-home",
                        "arn:aws:backup:us-west-2:123456789012:recovery-point:1EB3B5E7-9EB0-435A-A80B-108B488B0D45",
                        "aws backup start-restore-job --region us-west-2 "),
                new Case("demo-azure", "prod", "managed", "az storage share-rm list --subscription ",
                        "2025-06-01T03:00:05.0000000Z", "kubectl apply --filename -"));
    }

    /** The last command of the listing: the one that lists (an Azure listing may first look its subscription up). */
    private static String lastLine(FakeCommandRunner fake) {
        List<String> lines = fake.lines();
        return lines.get(lines.size() - 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void backupsPrintsTheStorageAndTheListingAndRunsNothingWithoutRun(Case c) {
        FakeCommandRunner fake = new FakeCommandRunner();

        Run run = run(fake, "homes", "backups", c.stack());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("(hubfleet:homeStorage.kind: " + c.kind() + ")")
                .contains("hub " + c.hub() + ":")
                .contains("List them, newest first:")
                .contains("./hubfleet homes restore " + c.stack() + " --hub ");
        assertThat(fake.calls()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void backupsRunRunsTheListingItPrints(Case c) {
        FakeCommandRunner fake = new FakeCommandRunner().answer("pulumi stack output accountId", "sub-from-stack\n")
                .answer(c.listing().substring(0, c.listing().indexOf(' ', c.listing().indexOf(' ') + 1)), "BACKUP-ROW\n");

        Run run = run(fake, "homes", "backups", c.stack(), "--hub", c.hub(), "--run");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(lastLine(fake)).startsWith(c.listing());
        assertThat(run.out()).contains("Running the listing:").contains("BACKUP-ROW");
        // Listing only reads.
        assertThat(fake.lines()).allMatch(line -> line.matches("(gcloud \\S+ \\S+ (list|describe)|aws \\S+ (describe|list)-\\S+|"
                + "az (snapshot|storage share-rm) list|pulumi stack output) .*"), "read-only");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aFailedListingExitsOneWithTheCloudsMessage(Case c) {
        String program = c.listing().substring(0, c.listing().indexOf(' '));
        FakeCommandRunner fake = new FakeCommandRunner().answer("pulumi", "sub-1\n").fail(program, 1, "not logged in");

        Run run = run(fake, "homes", "backups", c.stack(), "--run");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("error: " + program + " exited 1: not logged in");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void restorePrintsEveryStepAndRunsNothing(Case c) {
        FakeCommandRunner fake = new FakeCommandRunner();

        Run user = run(fake, "homes", "restore", c.stack(), "--hub", c.hub(), "--user", "alice", "--from", c.from());
        Run hub = run(fake, "homes", "restore", c.stack(), "--hub", c.hub(), "--from", c.from());

        assertThat(fake.calls()).isEmpty();
        assertThat(user.status()).as(user.err()).isZero();
        assertThat(unwrapped(user.out())).startsWith("Restore the home directory of alice of hub " + c.hub())
                .contains("Nothing here overwrites or deletes the live storage")
                .contains("# 1. [check] ")
                .contains("] Copy the home directory of alice back into the live home")
                .contains(c.copy())
                .contains("/live/alice/");
        assertThat(hub.out()).startsWith("Restore the whole hub's directory of hub " + c.hub())
                .contains("] Copy the whole hub's directory back into the live home")
                .doesNotContain("/live/alice");
        // Steps are numbered in order, the copy after every check and preparation, the cleanup last.
        List<String> kinds = user.out().lines().filter(line -> line.matches("# \\d+\\. \\[\\w+] .*"))
                .map(line -> line.replaceAll("# \\d+\\. \\[(\\w+)] .*", "$1")).toList();
        assertThat(kinds.indexOf("copy")).isGreaterThan(kinds.lastIndexOf("prepare"));
        assertThat(kinds.get(kinds.size() - 1)).isEqualTo("cleanup");
    }

    /** Printed commands break long lines before options; joined back, each is one line. */
    private static String unwrapped(String printed) {
        return printed.replace(" \\\n    ", " ");
    }

    /** docs/restore.md names each cloud and kind's listing and what its restore makes, as the command prints them. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRestoreDocCoversThisCloudAndKind(Case c) throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs", "restore.md"));
        String listing = String.join(" ", List.of(c.listing().split(" ")).subList(0, 3));
        String copy = String.join(" ", List.of(c.copy().split(" ")).subList(0, 3));

        assertThat(doc).contains(listing).contains(copy.startsWith("kubectl") ? ".snapshots" : copy)
                .contains("kind: " + c.kind() + "`");
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("README.md"))).contains("(docs/restore.md)");
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("docs", "data-safety.md"))).contains("(restore.md)");
    }

    @Test
    void restoreRunRunsChecksAndPreparationsThenPrintsTheRestWithTheValuesFound() {
        FakeCommandRunner fake = new FakeCommandRunner()
                .answer("gcloud compute snapshots describe", "https://www.googleapis.com/compute/v1/projects/p/zones/"
                        + "us-central1-a/disks/small-gcp-hub-home\n")
                .answer("kubectl get persistentvolume", "10.8.0.12")
                .answer("kubectl exec", "/backup/hub/alice\ntotal 8\n");

        Run run = run(fake, "homes", "restore", "small-gcp", "--hub", "hub", "--user", "alice", "--from",
                "small-gcp-hub-home-us-central1-a-20250601030000", "--run");

        assertThat(run.status()).as(run.out() + run.err()).isZero();
        List<String> lines = fake.lines();
        assertThat(lines.get(0)).startsWith("gcloud compute snapshots describe small-gcp-hub-home-us-central1-a-20250601030000");
        assertThat(lines).anyMatch(line -> line.startsWith("gcloud compute disks describe small-gcp-hub-home-restore-"))
                .anyMatch(line -> line.startsWith("gcloud compute disks create small-gcp-hub-home-restore-"))
                .anyMatch(line -> line.equals("kubectl apply --filename -"))
                .noneMatch(line -> line.contains("rsync"))
                .noneMatch(line -> line.contains(" delete"));
        // The manifest got the live server the check found.
        assertThat(fake.calls().stream().filter(call -> call.stdin() != null).findFirst().orElseThrow().stdin())
                .contains("server: \"10.8.0.12\"");
        assertThat(run.out()).contains("The rest is yours").contains("LIVE_SERVER=10.8.0.12")
                .contains("[copy] Copy the home directory of alice");
    }

    @Test
    void aSnapshotOfAnotherDiskOrNoneAtAllStopsRunAtTheFirstCheck() {
        FakeCommandRunner other = new FakeCommandRunner().answer("gcloud compute snapshots describe",
                "https://www.googleapis.com/compute/v1/projects/p/zones/us-central1-a/disks/another-disk\n");
        Run wrong = run(other, "homes", "restore", "small-gcp", "--hub", "hub", "--from", "someone-elses-snapshot", "--run");

        assertThat(wrong.status()).isEqualTo(1);
        assertThat(wrong.out()).contains("error: expected the output to contain /zones/us-central1-a/disks/small-gcp-hub-home")
                .contains("Stopped at step 1");
        assertThat(other.lines()).hasSize(1);

        FakeCommandRunner missing = new FakeCommandRunner().fail("aws ec2 describe-snapshots", 254,
                "An error occurred (InvalidSnapshot.NotFound) when calling the DescribeSnapshots operation");
        Run unknown = run(missing, "homes", "restore", "small-aws", "--hub", "hub", "--from", "snap-0000000000000dead", "--run");

        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.out()).contains("InvalidSnapshot.NotFound").contains("Stopped at step 1");
        assertThat(missing.lines()).hasSize(1);
    }

    @Test
    void anUnknownHubExitsTwoNamingTheStacksHubs() {
        FakeCommandRunner fake = new FakeCommandRunner();

        Run restore = run(fake, "homes", "restore", "demo-gcp", "--hub", "nope", "--from", "b-1");
        Run backups = run(fake, "homes", "backups", "demo-gcp", "--hub", "nope");

        assertThat(restore.status()).isEqualTo(2);
        assertThat(restore.err()).startsWith("error: stack demo-gcp has no hub nope; its hubs: ").contains("prod")
                .doesNotContain("\tat ");
        assertThat(backups.status()).isEqualTo(2);
        assertThat(fake.calls()).isEmpty();
    }

    @Test
    void aUserThatIsAPathOrAMalformedBackupExitsTwoBeforeAnything() {
        FakeCommandRunner fake = new FakeCommandRunner();

        Run traversal = run(fake, "homes", "restore", "small-aws", "--hub", "hub", "--user", "../x", "--from",
                "snap-0123456789abcdef0", "--run");
        Run malformed = run(fake, "homes", "restore", "small-aws", "--hub", "hub", "--from", "vol-0123456789abcdef0", "--run");

        assertThat(traversal.status()).isEqualTo(2);
        assertThat(traversal.err()).startsWith("error: --user ../x is not a home directory's name");
        assertThat(malformed.status()).isEqualTo(2);
        assertThat(malformed.err()).startsWith("error: --from vol-0123456789abcdef0 is not an EBS snapshot id");
        assertThat(traversal.out() + malformed.out()).isEmpty();
        assertThat(fake.calls()).isEmpty();
    }

    @Test
    void aHubOnlyStacksHubIsFoundByItsNameOnTheClusterToo() {
        FakeCommandRunner fake = new FakeCommandRunner();

        Run byStackName = run(fake, "homes", "restore", "college-b", "--hub", "college-b", "--from", "home-5f3a1c-20250601030000");
        Run byClusterName = run(fake, "homes", "restore", "college-b", "--hub", "college-b-9a51", "--from",
                "home-5f3a1c-20250601030000");

        assertThat(byStackName.status()).as(byStackName.err()).isZero();
        assertThat(byClusterName.out()).isEqualTo(byStackName.out());
        assertThat(byStackName.out()).contains("(college-b-9a51 on the cluster)").contains("/homes/college-b-9a51");
    }
}
