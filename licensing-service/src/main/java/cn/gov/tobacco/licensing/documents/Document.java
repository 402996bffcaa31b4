package cn.gov.tobacco.licensing.documents;

import java.time.Instant;
import java.util.UUID;

import cn.gov.tobacco.licensing.materials.DocumentType;

/**
 * A stored document.
 *
 * @param id the id
 * @param ownerSubject the retailer it belongs to
 * @param type what it is
 * @param fileName the name on the uploader's device (display only, never a storage key)
 * @param contentType detected from the bytes
 * @param size bytes
 * @param sha256 hex SHA-256
 * @param storageKey the random object key
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 */
public record Document(UUID id, String ownerSubject, DocumentType type, String fileName, String contentType, long size,
		String sha256, String storageKey, String uploadedBy, Instant uploadedAt) {

}
