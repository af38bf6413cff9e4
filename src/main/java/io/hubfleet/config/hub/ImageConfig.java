package io.hubfleet.config.hub;

/** A container image pinned by tag. */
public record ImageConfig(String name, String tag) {

    public String reference() {
        return name + ":" + tag;
    }
}
