package cn.gov.tobacco.complaints.evidence;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
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

	/**
	 * The metadata strippers by detected type; other types carry no location metadata we
	 * keep.
	 */
	private static final Map<String, UnaryOperator<InputStream>> STRIPPERS = Map.of("image/jpeg",
			JpegMetadataStrippingInputStream::new, "image/png", PngMetadataStrippingInputStream::new, "video/mp4",
			Mp4MetadataStrippingInputStream::new, "video/quicktime", Mp4MetadataStrippingInputStream::new,
			"application/mp4", Mp4MetadataStrippingInputStream::new);

	private Mono<StoredEvidence> redact(StoredObject original) {
		UnaryOperator<InputStream> stripper = STRIPPERS.get(original.contentType());
		if (stripper == null) {
			// PDF: no image metadata stripper; PDFs are documents the reporter wrote or
			// scanned.
			return Mono.just(evidence(original, original.key()));
		}
		// Object storage reports any failure of the stream it reads as its own; this flag
		// keeps "the file could not be parsed" (415) apart from "storage is down" (503).
		AtomicBoolean malformed = new AtomicBoolean();
		Flux<DataBuffer> stripped = DataBufferUtils.readInputStream(() -> {
			InputStream in = DataBufferUtils
				.subscriberInputStream(this.objects.read(original.key(), DefaultDataBufferFactory.sharedInstance), 4);
			return stripper.apply(in);
		}, DefaultDataBufferFactory.sharedInstance, 64 * 1024)
			.doOnError(MalformedMediaException.class, (ex) -> malformed.set(true));
		return this.objects.put(stripped, new UploadRules(Set.of(original.contentType()), original.size()))
			.map((redacted) -> evidence(original, redacted.key()))
			.onErrorResume(
					(ex) -> this.objects.remove(original.key()).then(Mono.error(malformed.get() ? unreadable() : ex)));
	}

	private static ApiException unreadable() {
		return new ApiException(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
				Text.of("文件结构无法识别，无法去除其中的位置等元数据，请换一个文件或导出后重新上传",
						"The file's structure could not be read, so its location and other metadata cannot be removed; "
								+ "please upload another file or export it again"));
	}

	private static StoredEvidence evidence(StoredObject original, String redactedKey) {
		return new StoredEvidence(original.key(), redactedKey, original.contentType(), original.size(),
				original.sha256());
	}

}
