package org.tessera.conversation.internal;

/** File content as stored: named by its SHA-256, so the same bytes are kept once however often they arrive. */
public record StoredBlob(String sha256, long size) {
}
