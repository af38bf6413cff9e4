package io.hubfleet.plan.diff;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One changed value of a resource (or of the stack's outputs).
 *
 * @param path          a JSON pointer into the inputs ({@code /values/singleuser/image/tag}), or the
 *                      name of a resource option ({@code protect}, {@code retainOnDelete}, ...)
 * @param before        the old value; null when it was absent
 * @param after         the new value; null when it is gone
 * @param secretChanged true when both sides are masked secrets whose encrypted value in the stack file changed
 */
public record InputChange(String path, JsonNode before, JsonNode after, boolean secretChanged) {
}
