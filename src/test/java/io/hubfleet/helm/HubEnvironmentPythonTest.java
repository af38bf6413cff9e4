package io.hubfleet.helm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files a hub's environment adds (components/hub/templates/page.html in the hub,
 * components/hub/singleuser/ipython_config.py in user servers), run by python3:
 * src/test/resources/hub/test_environment.py renders the page with Jinja as JupyterHub loads it (skipped
 * there when jinja2 is not installed) and runs the IPython config against a stub. Without python3 this
 * is skipped, unless HUBFLEET_REQUIRE_PYTHON is set (CI). It runs beside the rest of the suite: it waits
 * for python3 and uses nothing global here.
 */
@Execution(ExecutionMode.CONCURRENT)
class HubEnvironmentPythonTest {

    @Test
    void theBrandedPageAndTheIPythonConfigPassTheirPythonTests() throws Exception {
        String python = io.hubfleet.testing.Tools.onPathOrSkip("python3", "HUBFLEET_REQUIRE_PYTHON",
                "the hub environment's files are not exercised");
        io.hubfleet.testing.Tools.Result result = io.hubfleet.testing.Tools.run(null,
                Map.of("HUBFLEET_HUB_COMPONENT", Path.of("components/hub").toAbsolutePath().toString()),
                List.of(python, "src/test/resources/hub/test_environment.py", "-v"));
        String output = result.output();
        assertThat(result.status()).as(output).isZero();
        assertThat(output).contains("OK").containsPattern("test_history_goes_to_the_local_disk \\S* \\.\\.\\. ok");
    }
}
