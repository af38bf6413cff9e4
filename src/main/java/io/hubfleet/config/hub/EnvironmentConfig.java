package io.hubfleet.config.hub;

import java.util.List;

/**
 * What users find on the hub and in their servers beyond the image: the community's branding on the
 * hub's pages, named servers, RStudio's home, the size of {@code /dev/shm}, and Jupyter's runtime and
 * SQLite files kept off the NFS home. Defaults: no branding, no named servers, no RStudio home,
 * {@code /dev/shm} a quarter of each server's memory guarantee, runtime and SQLite files off NFS.
 *
 * @param branding            the hub's pages carry the community's name, logo, links and support contact;
 *                            default none (JupyterHub's own pages)
 * @param namedServers        more than one server per user; default off
 * @param rstudioHome         the home directory mounted at {@code /home/rstudio} too; default false
 * @param sharedMemoryPercent {@code /dev/shm} as a percentage of each server's memory guarantee, 0 to leave
 *                            the container runtime's (64 MiB); default 25
 * @param localRuntimeFiles   Jupyter's runtime files, IPython's history and notebook signatures on the
 *                            server's local disk or in memory, not on NFS; default true
 */
public record EnvironmentConfig(
        Branding branding,
        NamedServers namedServers,
        Boolean rstudioHome,
        Integer sharedMemoryPercent,
        Boolean localRuntimeFiles) {

    public EnvironmentConfig {
        namedServers = namedServers == null ? NamedServers.defaults() : namedServers;
        rstudioHome = rstudioHome != null && rstudioHome;
        sharedMemoryPercent = sharedMemoryPercent == null ? 25 : sharedMemoryPercent;
        localRuntimeFiles = localRuntimeFiles == null || localRuntimeFiles;
    }

    public static EnvironmentConfig defaults() {
        return new EnvironmentConfig(null, null, null, null, null);
    }

    /**
     * The community's face on the hub's pages.
     *
     * @param name    the community's name, in the title and beside the logo (required)
     * @param logoUrl an https URL of the logo; default JupyterHub's logo
     * @param links   links at the foot of every page; default none
     * @param support whom users ask for help: an e-mail address or an https URL; default none
     */
    public record Branding(String name, String logoUrl, List<Link> links, String support) {

        public Branding {
            links = links == null ? List.of() : List.copyOf(links);
        }

        /** The support contact as a link: {@code mailto:} for an address. */
        public String supportHref() {
            return support == null ? null : support.startsWith("https://") ? support : "mailto:" + support;
        }
    }

    /**
     * A link on the hub's pages.
     *
     * @param text what users see
     * @param url  an https URL
     */
    public record Link(String text, String url) {
    }

    /**
     * Named servers (JupyterHub.allow_named_servers): besides the default server, each user may run
     * servers they name, up to a limit.
     *
     * @param enabled      default false
     * @param limitPerUser named servers a user may have at once; default 3
     */
    public record NamedServers(Boolean enabled, Integer limitPerUser) {

        public NamedServers {
            enabled = enabled != null && enabled;
            limitPerUser = limitPerUser == null ? 3 : limitPerUser;
        }

        public static NamedServers defaults() {
            return new NamedServers(null, null);
        }
    }
}
