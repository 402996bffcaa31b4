package cn.gov.tobacco.licensing.commitments;

import java.time.Instant;
import java.util.UUID;

/**
 * A commitment a retailer signed for an application. Immutable but for its status.
 *
 * @param id the id
 * @param applicationId the application it belongs to
 * @param templateCode the template
 * @param templateVersion the exact version signed
 * @param textSha256 the hash of that version's text
 * @param signerName the typed name
 * @param signerIdNumber the resident ID
 * @param signedBy the signer's subject
 * @param signedAt when
 * @param status SIGNED, WITHDRAWN, FULFILLED, BREACHED
 * @param withdrawnAt when withdrawn
 */
record Commitment(UUID id, UUID applicationId, String templateCode, int templateVersion, String textSha256,
		String signerName, String signerIdNumber, String signedBy, Instant signedAt, String status,
		Instant withdrawnAt) {

}
