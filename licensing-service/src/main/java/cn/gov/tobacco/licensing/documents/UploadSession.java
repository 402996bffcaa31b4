package cn.gov.tobacco.licensing.documents;

import java.time.Instant;
import java.util.UUID;

import cn.gov.tobacco.licensing.materials.DocumentType;

/**
 * A document being sent in parts (a resumable upload): one S3 multipart upload.
 *
 * @param id the session id
 * @param applicationId the application the document is for
 * @param ownerSubject the retailer who started it
 * @param type the document type
 * @param fileName the name on the uploader's device (display only)
 * @param declaredType the content type the device gave (informative; the bytes decide)
 * @param size the declared size; the parts must add up to it
 * @param partSize the size of every part but the last
 * @param replaces the document the new one replaces, if any
 * @param storageKey the random key of the object the parts become
 * @param s3UploadId S3's upload id
 * @param state where it stands
 * @param documentId the document made from it, once completed
 * @param createdAt when it started
 * @param expiresAt when the clean-up job aborts it if it is still open
 */
record UploadSession(UUID id, UUID applicationId, String ownerSubject, DocumentType type, String fileName,
		String declaredType, long size, long partSize, UUID replaces, String storageKey, String s3UploadId, State state,
		UUID documentId, Instant createdAt, Instant expiresAt) {

	/** Where a session stands; only an OPEN one takes parts. */
	enum State {

		OPEN, COMPLETED, REFUSED, ABORTED, EXPIRED

	}

	static int partCount(long size, long partSize) {
		return (int) ((size + partSize - 1) / partSize);
	}

	int partCount() {
		return partCount(this.size, this.partSize);
	}

	/** The length part {@code number} must have: the part size, less for the last. */
	long expectedLength(int number) {
		return (number < partCount()) ? this.partSize : this.size - (long) (partCount() - 1) * this.partSize;
	}

	/**
	 * As a client should see it at {@code now}: an open session past its time is EXPIRED.
	 */
	UploadSession asSeenAt(Instant now) {
		return (this.state != State.OPEN || isOpenAt(now)) ? this
				: new UploadSession(this.id, this.applicationId, this.ownerSubject, this.type, this.fileName,
						this.declaredType, this.size, this.partSize, this.replaces, this.storageKey, this.s3UploadId,
						State.EXPIRED, this.documentId, this.createdAt, this.expiresAt);
	}

	boolean isOpenAt(Instant now) {
		return this.state == State.OPEN && now.isBefore(this.expiresAt);
	}

}
