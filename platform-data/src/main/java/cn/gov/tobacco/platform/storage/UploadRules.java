package cn.gov.tobacco.platform.storage;

import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * What an upload may be.
 *
 * @param acceptedTypes media types accepted, as detected from the bytes
 * @param maxBytesOf the largest accepted size for a detected type; the upload stops
 * reading as soon as it passes it
 */
public record UploadRules(Set<String> acceptedTypes, ToLongFunction<String> maxBytesOf) {

	/** One cap for every accepted type. */
	public UploadRules(Set<String> acceptedTypes, long maxBytes) {
		this(acceptedTypes, (type) -> maxBytes);
	}

	/** The cap of a detected type. */
	public long maxBytes(String type) {
		return this.maxBytesOf.applyAsLong(type);
	}

}
