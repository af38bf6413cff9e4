package io.hubfleet.restore;

import java.util.List;

/** Runs one program (gcloud, aws, az, kubectl, pulumi): the seam tests replace with a fake. */
public interface CommandRunner {

    /**
     * What a program did.
     *
     * @param exitCode its exit status
     * @param stdout   its standard output
     * @param stderr   its standard error
     */
    record Result(int exitCode, String stdout, String stderr) {
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    /** Runs {@code argv} with {@code stdin} (null for none) on its standard input, and waits for it. */
    Result run(List<String> argv, String stdin);
}
