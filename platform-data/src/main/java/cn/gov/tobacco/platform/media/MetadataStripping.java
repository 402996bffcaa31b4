package cn.gov.tobacco.platform.media;

import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.storage.ObjectStore;
import cn.gov.tobacco.platform.storage.StoredObject;
import cn.gov.tobacco.platform.storage.UploadRules;

/**
 * Writes a metadata-free copy of a stored JPEG, PNG, MP4 or QuickTime object next to it,
 * streaming (the object is never whole in memory). A file whose structure cannot be
 * followed is refused (415) and its original removed; a storage failure stays a storage
 * failure (503).
 */
public final class MetadataStripping {

	/** The strippers by detected type; other types carry no location metadata we keep. */
	private static final Map<String, UnaryOperator<InputStream>> STRIPPERS = Map.of("image/jpeg",
			JpegMetadataStrippingInputStream::new, "image/png", PngMetadataStrippingInputStream::new, "video/mp4",
			Mp4MetadataStrippingInputStream::new, "video/quicktime", Mp4MetadataStrippingInputStream::new,
			"application/mp4", Mp4MetadataStrippingInputStream::new);

	private MetadataStripping() {
	}

	/** Whether copies of this type are stripped. */
	public static boolean strips(String contentType) {
		return STRIPPERS.containsKey(contentType);
	}

	/**
	 * The stripped copy of {@code original} (a new object; the original stays), or the
	 * original itself for a type without a stripper. On failure the original is removed.
	 */
	public static Mono<StoredObject> copy(ObjectStore objects, StoredObject original) {
		UnaryOperator<InputStream> stripper = STRIPPERS.get(original.contentType());
		if (stripper == null) {
			return Mono.just(original);
		}
		// Object storage reports any failure of the stream it reads as its own; this flag
		// keeps "the file could not be parsed" (415) apart from "storage is down" (503).
		AtomicBoolean malformed = new AtomicBoolean();
		Flux<DataBuffer> stripped = DataBufferUtils.readInputStream(() -> {
			InputStream in = DataBufferUtils
				.subscriberInputStream(objects.read(original.key(), DefaultDataBufferFactory.sharedInstance), 4);
			return stripper.apply(in);
		}, DefaultDataBufferFactory.sharedInstance, 64 * 1024)
			.doOnError(MalformedMediaException.class, (ex) -> malformed.set(true));
		return objects.put(stripped, new UploadRules(Set.of(original.contentType()), original.size()))
			.onErrorResume(
					(ex) -> objects.remove(original.key()).then(Mono.error(malformed.get() ? unreadable() : ex)));
	}

	private static ApiException unreadable() {
		return new ApiException(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
				Text.of("文件结构无法识别，无法去除其中的位置等元数据，请换一个文件或导出后重新上传",
						"The file's structure could not be read, so its location and other metadata cannot be removed; "
								+ "please upload another file or export it again"));
	}

}
