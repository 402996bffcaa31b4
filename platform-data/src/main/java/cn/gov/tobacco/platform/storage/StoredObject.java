package cn.gov.tobacco.platform.storage;

/**
 * An object that has been written completely.
 *
 * @param key the storage key (random, never derived from a file name)
 * @param contentType the type detected from the bytes
 * @param size the number of bytes
 * @param sha256 hex SHA-256 of the bytes
 */
public record StoredObject(String key, String contentType, long size, String sha256) {

}
