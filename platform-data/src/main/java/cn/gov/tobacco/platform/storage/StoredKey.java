package cn.gov.tobacco.platform.storage;

import java.time.Instant;

/**
 * An object key in the bucket and when it was written.
 *
 * @param key the storage key
 * @param lastModified when the object was written
 */
public record StoredKey(String key, Instant lastModified) {

}
