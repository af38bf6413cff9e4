package io.hubfleet.cli;

import picocli.CommandLine;

/** The version line of {@code hubfleet --version}. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = HubfleetCli.class.getPackage().getImplementationVersion();
        return new String[]{"hubfleet " + (version == null ? "(development build)" : version)};
    }
}
