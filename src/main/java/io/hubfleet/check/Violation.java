package io.hubfleet.check;

/**
 * One broken security invariant.
 *
 * @param rule    the invariant's id, such as {@code private-nodes}
 * @param urn     the resource that breaks it
 * @param type    its type
 * @param name    its name
 * @param problem what is wrong
 * @param fix     how to put it right
 */
public record Violation(String rule, String urn, String type, String name, String problem, String fix) {

    /** {@code [private-nodes] gcp:container/cluster:Cluster demo: problem. Fix: fix.} */
    public String render() {
        return "[" + rule + "] " + type + " " + name + ": " + problem + ". Fix: " + fix + ".";
    }
}
