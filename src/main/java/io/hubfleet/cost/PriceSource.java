package io.hubfleet.cost;

/**
 * Where a price was read.
 *
 * @param key   its name in the price file
 * @param title what it is
 * @param url   where to read it
 * @param date  the source's date ({@code YYYY-MM-DD}, or {@code unknown})
 */
public record PriceSource(String key, String title, String url, String date) {
}
