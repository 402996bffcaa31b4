/**
 * Object storage over any S3 API (MinIO client): uploads streamed without holding the
 * file in memory, typed by their bytes, hashed and size-capped on the way; streamed
 * downloads.
 */
package cn.gov.tobacco.platform.storage;
