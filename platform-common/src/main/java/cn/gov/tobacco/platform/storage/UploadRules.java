package cn.gov.tobacco.platform.storage;

import java.util.Set;

/**
 * What an upload may be.
 *
 * @param acceptedTypes media types accepted, as detected from the bytes
 * @param maxBytes the largest accepted size
 */
public record UploadRules(Set<String> acceptedTypes, long maxBytes) {

}
