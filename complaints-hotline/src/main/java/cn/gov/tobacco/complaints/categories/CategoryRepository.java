package cn.gov.tobacco.complaints.categories;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The category tree's rows: read by code or all, and ADMIN's edits (a category is never
 * deleted, only deactivated).
 */
@Component
public class CategoryRepository {

	private final DatabaseClient db;

	CategoryRepository(DatabaseClient db) {
		this.db = db;
	}

	public Mono<Category> find(String code) {
		return this.db.sql("SELECT * FROM categories WHERE code = :code")
			.bind("code", code)
			.map(CategoryRepository::map)
			.one();
	}

	public Flux<Category> all() {
		return this.db
			.sql("SELECT * FROM categories ORDER BY coalesce(parent_code, code), parent_code NULLS FIRST, code")
			.map(CategoryRepository::map)
			.all();
	}

	/** Adds a category or changes one, by its code. */
	public Mono<Void> save(Category category, String by) {
		return this.db.sql("""
				INSERT INTO categories (code, parent_code, name_zh, name_en, urgent, active, updated_by)
				VALUES (:code, NULLIF(:parent, ''), :zh, :en, :urgent, :active, :by)
				ON CONFLICT (code) DO UPDATE SET parent_code = NULLIF(:parent, ''), name_zh = :zh, name_en = :en,
				  urgent = :urgent, active = :active, updated_by = :by, updated_at = now(),
				  version = categories.version + 1""")
			.bind("code", category.code())
			.bind("parent", (category.parentCode() != null) ? category.parentCode() : "")
			.bind("zh", category.nameZh())
			.bind("en", category.nameEn())
			.bind("urgent", category.urgent())
			.bind("active", category.active())
			.bind("by", by)
			.then();
	}

	static Category map(Readable row) {
		return new Category(row.get("code", String.class), row.get("parent_code", String.class),
				row.get("name_zh", String.class), row.get("name_en", String.class),
				Boolean.TRUE.equals(row.get("urgent", Boolean.class)),
				Boolean.TRUE.equals(row.get("active", Boolean.class)));
	}

}
