package io.hubfleet.smoke;


import io.hubfleet.config.portable.Cloud;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What to smoke-test: the hub (its public URL, and its name for the messages), its cloud (which scratch
 * bucket cell runs), whether Dask Gateway is on, the test user, and how long each wait may take (the
 * spawn, each cell, the stop) and how often the hub is asked.
 */
public record SmokeOptions(URI hubUrl, String hubName, Cloud cloud, boolean dask, String user, Duration timeout,
                           Duration pollInterval) {

    // JupyterHub keeps user names as given; lower case and URL-path-safe, so the name in the API's paths,
    // the role's filter and the hub's record are one and the same.
    private static final Pattern USER = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    // The token travels in a header: plain http only to this machine (the tests' stub hub).
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    public SmokeOptions {
        Objects.requireNonNull(hubUrl, "hubUrl");
        Objects.requireNonNull(cloud, "cloud");
        String scheme = hubUrl.getScheme() == null ? "" : hubUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!hubUrl.isAbsolute() || hubUrl.getHost() == null || hubUrl.getRawQuery() != null || hubUrl.getRawFragment() != null
                || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("the hub URL " + hubUrl + " is not an https:// URL such as https://hub.example.org");
        }
        if (scheme.equals("http") && !LOOPBACK.contains(hubUrl.getHost().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("the hub URL " + hubUrl + " is plain http: the token is only sent over https");
        }
        String path = hubUrl.getRawPath() == null || hubUrl.getRawPath().isEmpty() ? "/" : hubUrl.getRawPath();
        hubUrl = hubUrl.resolve(path.endsWith("/") ? path : path + "/");
        if (hubName == null || hubName.isBlank()) {
            throw new IllegalArgumentException("the hub name is empty");
        }
        if (user == null || !USER.matcher(user).matches()) {
            throw new IllegalArgumentException("the test user name " + user + " is not lower-case letters, digits, '.', '_' "
                    + "or '-' (at most 64)");
        }
        if (user.equals(SmokeTest.SERVICE)) {
            throw new IllegalArgumentException("the test user cannot be named " + SmokeTest.SERVICE + " like the service: "
                    + "JupyterHub would refuse to delete it (\"Cannot delete yourself!\")");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be at least one second");
        }
        if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("the poll interval must be positive");
        }
    }
}
