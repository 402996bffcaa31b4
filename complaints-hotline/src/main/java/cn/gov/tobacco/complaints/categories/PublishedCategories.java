package cn.gov.tobacco.complaints.categories;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.complaints.api.model.CategoryDto;

/**
 * The public category tree, read from the table once and kept in memory: dropped at once
 * when an ADMIN edits a category here, and after a minute at the latest (another replica
 * may have edited it). A failed read is not kept.
 */
@Component
class PublishedCategories {

	static final Duration RELOAD_AFTER = Duration.ofMinutes(1);

	private final CategoryRepository categories;

	private final AtomicReference<Mono<Listing>> current = new AtomicReference<>();

	PublishedCategories(CategoryRepository categories) {
		this.categories = categories;
	}

	Mono<Listing> listing() {
		Mono<Listing> listing = this.current.get();
		if (listing == null) {
			Mono<Listing> loading = load();
			listing = this.current.compareAndSet(null, loading) ? loading : this.current.get();
		}
		return (listing != null) ? listing : load();
	}

	/** After an ADMIN's edit: the next read loads the tree again. */
	void invalidate() {
		this.current.set(null);
	}

	private Mono<Listing> load() {
		return this.categories.all()
			.map(CategoriesController::dto)
			.collectList()
			.map((dtos) -> new Listing(List.copyOf(dtos), etag(dtos)))
			.cache((listing) -> RELOAD_AFTER, (error) -> Duration.ZERO, () -> Duration.ZERO);
	}

	private static String etag(List<CategoryDto> dtos) {
		StringBuilder content = new StringBuilder();
		for (CategoryDto c : dtos) {
			content.append(c.getCode())
				.append('|')
				.append(c.getParentCode())
				.append('|')
				.append(c.getNameZh())
				.append('|')
				.append(c.getNameEn())
				.append('|')
				.append(c.getUrgent())
				.append('|')
				.append(c.getActive())
				.append('\n');
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(content.toString().getBytes(StandardCharsets.UTF_8));
			return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The tree's answer and its ETag. */
	record Listing(List<CategoryDto> categories, String etag) {
	}

}
