package cn.gov.tobacco.complaints.evidence;

import java.util.List;
import java.util.Set;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.media.MetadataStripping;
import cn.gov.tobacco.platform.storage.ObjectStore;
import cn.gov.tobacco.platform.storage.StoredObject;
import cn.gov.tobacco.platform.storage.UploadRules;

/**
 * Streams evidence into object storage: typed by its bytes, capped per type while it
 * streams (reading stops at the cap + 1 byte), hashed on the way, never whole in memory
 * and never on disk. JPEG, PNG, MP4 and QuickTime files also get a copy without metadata
 * (EXIF, XMP, GPS atoms, trailing images), which is the only copy staff are served.
 */
@Component
public class EvidenceStore {

	static final Set<String> ACCEPTED = Set.of("image/jpeg", "image/png", "application/pdf", "video/mp4",
			"video/quicktime", "application/mp4");

	private final ObjectStore objects;

	private final EvidenceProperties properties;

	EvidenceStore(ObjectStore objects, EvidenceProperties properties) {
		this.objects = objects;
		this.properties = properties;
	}

	/** Stores one uploaded file; the caller references it from a row or deletes it. */
	public Mono<StoredEvidence> store(Part part, String field) {
		if (!(part instanceof FilePart)) {
			return Mono.error(ApiException.validation(List.of(FieldProblem.of(field, "必须是文件", "must be a file"))));
		}
		// The cap of the type detected from the first bytes applies while the part
		// streams in.
		return this.objects.put(part.content(), new UploadRules(ACCEPTED, this.properties::capFor))
			.flatMap(this::redact);
	}

	/** Deletes stored evidence that no row references (compensation after a failure). */
	public Mono<Void> delete(StoredEvidence evidence) {
		Mono<Void> original = this.objects.remove(evidence.objectKey());
		return evidence.redactedKey().equals(evidence.objectKey()) ? original
				: original.then(this.objects.remove(evidence.redactedKey()));
	}

	/** The copy staff may see. */
	public Flux<DataBuffer> readRedacted(String key) {
		return this.objects.read(key, DefaultDataBufferFactory.sharedInstance);
	}

	private Mono<StoredEvidence> redact(StoredObject original) {
		return MetadataStripping.copy(this.objects, original).map((copy) -> evidence(original, copy.key()));
	}

	private static StoredEvidence evidence(StoredObject original, String redactedKey) {
		return new StoredEvidence(original.key(), redactedKey, original.contentType(), original.size(),
				original.sha256());
	}

}
