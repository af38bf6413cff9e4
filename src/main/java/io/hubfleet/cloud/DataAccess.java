package io.hubfleet.cloud;

/** How far a hub's identity may go in data it does not own. */
public enum DataAccess {
    /** List and read objects (blobs). */
    READ,
    /** List, read, write and delete objects (blobs); never the bucket's settings or its access. */
    READ_WRITE
}
