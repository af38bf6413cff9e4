package io.hubfleet.net;

import java.util.Optional;

/**
 * An IPv4 CIDR block, parsed from text the schema already shaped (a.b.c.d/n). A value below both the stack
 * file's records (whose rules check ranges with it) and the cloud contract (whose clouds carve subnets from it).
 */
public record Ipv4Cidr(long address, int prefixLength) {

    public static Optional<Ipv4Cidr> parse(String text) {
        String[] parts = text.split("/");
        if (parts.length != 2) {
            return Optional.empty();
        }
        String[] octets = parts[0].split("\\.");
        if (octets.length != 4) {
            return Optional.empty();
        }
        long address = 0;
        for (String octet : octets) {
            int value;
            try {
                value = Integer.parseInt(octet);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (value < 0 || value > 255) {
                return Optional.empty();
            }
            address = (address << 8) | value;
        }
        int prefix;
        try {
            prefix = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (prefix < 0 || prefix > 32) {
            return Optional.empty();
        }
        return Optional.of(new Ipv4Cidr(address, prefix));
    }

    private long mask() {
        return prefixLength == 0 ? 0 : (0xFFFFFFFFL << (32 - prefixLength)) & 0xFFFFFFFFL;
    }

    /** True when no address bits are set below the prefix (10.0.0.0/16, not 10.0.0.1/16). */
    public boolean isNetworkAddress() {
        return (address & ~mask() & 0xFFFFFFFFL) == 0;
    }

    /** The {@code index}-th block of length {@code newPrefix} inside this one (10.0.0.0/16, 19, 1 -> 10.0.32.0/19). */
    public Ipv4Cidr subnet(int newPrefix, int index) {
        if (newPrefix < prefixLength || newPrefix > 32 || index < 0 || index >= (1L << (newPrefix - prefixLength))) {
            throw new IllegalArgumentException("no /" + newPrefix + " number " + index + " in " + this);
        }
        long base = address & mask();
        return new Ipv4Cidr(base + ((long) index << (32 - newPrefix)), newPrefix);
    }

    /** The {@code offset}-th address of the block, without the prefix (10.32.0.0/16, 10 -> 10.32.0.10). */
    public String host(int offset) {
        long host = (address & mask()) + offset;
        return ((host >> 24) & 255) + "." + ((host >> 16) & 255) + "." + ((host >> 8) & 255) + "." + (host & 255);
    }

    @Override
    public String toString() {
        return ((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "."
                + (address & 255) + "/" + prefixLength;
    }

    public boolean overlaps(Ipv4Cidr other) {
        int shorter = Math.min(prefixLength, other.prefixLength);
        long m = shorter == 0 ? 0 : (0xFFFFFFFFL << (32 - shorter)) & 0xFFFFFFFFL;
        return (address & m) == (other.address & m);
    }
}
