package cn.gov.tobacco.complaints.categories;

import java.time.Duration;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.complaints.api.CategoriesApi;
import cn.gov.tobacco.complaints.api.model.CategoryChangeDto;
import cn.gov.tobacco.complaints.api.model.CategoryDto;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Callers;
import cn.gov.tobacco.platform.security.Role;

/**
 * Reading the category tree (anyone) and editing it (ADMIN). Categories are never
 * deleted, only deactivated, so old cases keep theirs.
 */
@RestController
class CategoriesController implements CategoriesApi {

	/**
	 * How long a shared cache (the gateway's, for anonymous callers) may keep the list;
	 * browsers revalidate it each time.
	 */
	private static final Duration SHARED_MAX_AGE = Duration.ofSeconds(10);

	private final CategoryRepository categories;

	private final PublishedCategories published;

	CategoriesController(CategoryRepository categories, PublishedCategories published) {
		this.categories = categories;
		this.published = published;
	}

	/**
	 * From memory (see {@link PublishedCategories}); browsers and the frontend keep it
	 * and revalidate it each time with If-None-Match (304 unchanged); a shared cache may
	 * answer anonymous callers for ten seconds.
	 */
	@Override
	public Mono<ResponseEntity<Flux<CategoryDto>>> listCategories(String ifNoneMatch, ServerWebExchange exchange) {
		return this.published.listing()
			.map((listing) -> ResponseEntity.ok()
				.eTag(listing.etag())
				.cacheControl(CacheControl.maxAge(Duration.ZERO).cachePublic().sMaxAge(SHARED_MAX_AGE))
				.body(Flux.fromIterable(listing.categories())));
	}

	@Override
	public Mono<ResponseEntity<CategoryDto>> putCategory(String code, Mono<CategoryChangeDto> body,
			ServerWebExchange exchange) {
		return Callers.required()
			.filter((caller) -> caller.has(Role.ADMIN))
			.switchIfEmpty(Mono.error(() -> new ApiException(ProblemKind.FORBIDDEN,
					Text.of("只有管理员可以维护分类", "Only an ADMIN may edit categories"))))
			.flatMap(
					(admin) -> body
						.flatMap(
								(change) -> parentExists(code, change.getParentCode()).then(this.categories.save(
										new Category(code, change.getParentCode(), change.getNameZh(),
												change.getNameEn(), change.getUrgent(), change.getActive()),
										admin.subject()))))
			.doOnSuccess((done) -> this.published.invalidate())
			.then(this.categories.find(code))
			.map((category) -> ResponseEntity.ok(dto(category)));
	}

	private Mono<Void> parentExists(String code, String parent) {
		if (parent == null) {
			return Mono.empty();
		}
		if (parent.equals(code)) {
			return Mono.error(ApiException.businessRule("分类不能以自身为上级", "A category cannot be its own parent"));
		}
		return this.categories.find(parent)
			.switchIfEmpty(Mono.error(() -> ApiException.businessRule("上级分类不存在", "The parent category does not exist")))
			.then();
	}

	static CategoryDto dto(Category c) {
		return new CategoryDto().code(c.code())
			.parentCode(c.parentCode())
			.nameZh(c.nameZh())
			.nameEn(c.nameEn())
			.urgent(c.urgent())
			.active(c.active());
	}

}
