package cn.gov.tobacco.complaints.evidence;

/**
 * An evidence file now in object storage, not yet referenced by any case.
 *
 * @param objectKey the key of the original (random, never derived from the file name)
 * @param redactedKey the key of the copy staff see, metadata (EXIF location) removed
 * @param contentType the media type decided from the bytes
 * @param size the size in bytes
 * @param sha256 the SHA-256 of the original, hex
 */
public record StoredEvidence(String objectKey, String redactedKey, String contentType, long size, String sha256) {

}
