package io.hubfleet.config;

import java.util.List;

/** A consistency rule the schema cannot express (across keys, or against the cloud's catalogue). */
interface StackRule {

    List<ConfigProblem> check(BoundConfig config);
}
