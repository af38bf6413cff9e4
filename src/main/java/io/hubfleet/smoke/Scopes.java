package io.hubfleet.smoke;

import java.util.List;

/**
 * The JupyterHub 5 scopes the smoke test's token needs, each filtered to the test user (docs/smoke-test.md
 * has the endpoint each one is for):
 * <ul>
 *   <li>{@code admin:users!user=U}: create the user ({@code POST /users/U}) and delete it again
 *       ({@code DELETE /users/U}, its subscope {@code delete:users}). Creating users has no narrower scope.</li>
 *   <li>{@code servers!user=U}: start and stop its server ({@code POST} and {@code DELETE /users/U/server},
 *       the latter through the subscope {@code delete:servers}) and read the user model's {@code servers},
 *       whether ready and where (the subscope {@code read:servers}).</li>
 *   <li>{@code access:servers!user=U}: use that server through the hub's proxy (its kernels API and their
 *       WebSocket), which the single-user server checks against the token's scopes.</li>
 * </ul>
 */
final class Scopes {

    private Scopes() {
    }

    static String adminUsers(String user) {
        return "admin:users!user=" + user;
    }

    static String servers(String user) {
        return "servers!user=" + user;
    }

    static String accessServers(String user) {
        return "access:servers!user=" + user;
    }

    static List<String> required(String user) {
        return List.of(adminUsers(user), servers(user), accessServers(user));
    }
}
