package org.rapport.platform.api.access;

/** What an explicit share of one record with a user or team allows. */
public enum ShareLevel {
    READ,
    READ_WRITE
}
