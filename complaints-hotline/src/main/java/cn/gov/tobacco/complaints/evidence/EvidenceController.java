package cn.gov.tobacco.complaints.evidence;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.complaints.api.EvidenceApi;
import cn.gov.tobacco.complaints.cases.CaseRepository;
import cn.gov.tobacco.complaints.cases.StaffAccess;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.security.Role;

/**
 * Streams the staff copy of an evidence file to staff who may see the case. The original
 * (with its metadata) is kept as evidence and never served.
 */
@RestController
class EvidenceController implements EvidenceApi {

	private final CaseRepository cases;

	private final AttachmentRepository attachments;

	private final EvidenceStore evidence;

	EvidenceController(CaseRepository cases, AttachmentRepository attachments, EvidenceStore evidence) {
		this.cases = cases;
		this.attachments = attachments;
		this.evidence = evidence;
	}

	/**
	 * Writes the body itself (streamed from storage on a bounded-elastic thread) and
	 * completes without a {@link ResponseEntity}.
	 */
	@Override
	public Mono<ResponseEntity<Resource>> downloadAttachment(UUID caseId, UUID attachmentId,
			ServerWebExchange exchange) {
		return StaffAccess.require(Role.HOTLINE_AGENT, Role.HANDLER, Role.SUPERVISOR)
			.flatMap((caller) -> StaffAccess.visible(caller, this.cases.findById(caseId)))
			.flatMap((row) -> this.attachments.redactedOf(row.id(), attachmentId))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("附件不存在", "No such attachment")))
			.flatMap((file) -> {
				ServerHttpResponse response = exchange.getResponse();
				response.getHeaders().setContentType(MediaType.parseMediaType(file.contentType()));
				response.getHeaders()
					.setContentDisposition(ContentDisposition.attachment()
						.filename(attachmentId + extension(file.contentType()))
						.build());
				response.getHeaders().set("X-Content-Type-Options", "nosniff");
				return response.writeWith(this.evidence.readRedacted(file.key()));
			})
			.then(Mono.empty());
	}

	private static String extension(String contentType) {
		return switch (contentType) {
			case "image/jpeg" -> ".jpg";
			case "image/png" -> ".png";
			case "application/pdf" -> ".pdf";
			case "video/quicktime" -> ".mov";
			default -> ".mp4";
		};
	}

}
