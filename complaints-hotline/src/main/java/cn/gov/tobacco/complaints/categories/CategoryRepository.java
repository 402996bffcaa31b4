package cn.gov.tobacco.complaints.categories;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Reads the category tree.
 */
@Component
public class CategoryStore {

	private final DatabaseClient db;

	CategoryStore(DatabaseClient db) {
		this.db = db;
	}

	public Mono<Category> find(String code) {
		return this.db.sql("SELECT * FROM categories WHERE code = :code")
			.bind("code", code)
			.map(CategoryStore::map)
			.one();
	}

	public Flux<Category> all() {
		return this.db
			.sql("SELECT * FROM categories ORDER BY coalesce(parent_code, code), parent_code NULLS FIRST, code")
			.map(CategoryStore::map)
			.all();
	}

	static Category map(Readable row) {
		return new Category(row.get("code", String.class), row.get("parent_code", String.class),
				row.get("name_zh", String.class), row.get("name_en", String.class),
				Boolean.TRUE.equals(row.get("urgent", Boolean.class)),
				Boolean.TRUE.equals(row.get("active", Boolean.class)));
	}

}
