package id.netral.core;

/**
 * What produced an assessment, so that it can be reproduced.
 *
 * @param netral the netral version
 * @param catalog the catalog version
 * @param catalogDigest {@code sha256:} and the digest of every file of the rule set
 */
public record Receipt(String netral, String catalog, String catalogDigest) {}
