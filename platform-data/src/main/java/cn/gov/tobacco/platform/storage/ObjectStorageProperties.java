package cn.gov.tobacco.platform.storage;

/**
 * Where a service keeps its objects.
 *
 * @param endpoint the S3 endpoint URL
 * @param region the region (set, so the client never asks the server for it)
 * @param accessKey the access key
 * @param secretKey the secret key
 * @param bucket the service's bucket
 */
public record ObjectStorageProperties(String endpoint, String region, String accessKey, String secretKey,
		String bucket) {

}
