package cn.gov.tobacco.complaints.categories;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
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

	private final CategoryStore categories;

	private final DatabaseClient db;

	private final PublishedCategories published;

	CategoriesController(CategoryStore categories, DatabaseClient db, PublishedCategories published) {
		this.categories = categories;
		this.db = db;
		this.published = published;
	}

	/**
	 * From memory (see {@link PublishedCategories}); browsers and the frontend may keep
	 * it for five minutes, then revalidate with If-None-Match (304 unchanged).
	 */
	@Override
	public Mono<ResponseEntity<Flux<CategoryDto>>> listCategories(String ifNoneMatch, ServerWebExchange exchange) {
		return this.published.listing()
			.map((listing) -> ResponseEntity.ok()
				.eTag(listing.etag())
				.cacheControl(CacheControl.noCache().cachePublic())
				.body(Flux.fromIterable(listing.categories())));
	}

	@Override
	public Mono<ResponseEntity<CategoryDto>> putCategory(String code, Mono<CategoryChangeDto> body,
			ServerWebExchange exchange) {
		return Callers.required()
			.filter((caller) -> caller.has(Role.ADMIN))
			.switchIfEmpty(Mono.error(() -> new ApiException(ProblemKind.FORBIDDEN,
					Text.of("只有管理员可以维护分类", "Only an ADMIN may edit categories"))))
			.flatMap((admin) -> body.flatMap((change) -> parentExists(code, change.getParentCode()).then(this.db.sql("""
					INSERT INTO categories (code, parent_code, name_zh, name_en, urgent, active, updated_by)
					VALUES (:code, NULLIF(:parent, ''), :zh, :en, :urgent, :active, :by)
					ON CONFLICT (code) DO UPDATE SET parent_code = NULLIF(:parent, ''), name_zh = :zh, name_en = :en,
					  urgent = :urgent, active = :active, updated_by = :by, updated_at = now(),
					  version = categories.version + 1""")
				.bind("code", code)
				.bind("parent", (change.getParentCode() != null) ? change.getParentCode() : "")
				.bind("zh", change.getNameZh())
				.bind("en", change.getNameEn())
				.bind("urgent", change.getUrgent())
				.bind("active", change.getActive())
				.bind("by", admin.subject())
				.then())))
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
