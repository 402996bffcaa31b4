package cn.gov.tobacco.licensing.documents;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.platform.storage.ObjectStore;
import cn.gov.tobacco.platform.storage.StoredKey;
import cn.gov.tobacco.platform.storage.StoredObject;
import cn.gov.tobacco.platform.storage.UploadRules;

import static org.assertj.core.api.Assertions.assertThat;

/** The orphan clean-up of DESIGN.md §8 against the real S3 server. */
@LicensingIntegrationTest
class DocumentSweepIntegrationTests {

	@Autowired
	WebTestClient http;

	@Autowired
	DocumentSweep sweep;

	@Autowired
	ObjectStore objects;

	@Autowired
	DatabaseClient db;

	@Test
	void anObjectWithoutARowIsRemovedAndADocumentsObjectStays() {
		String documentKey = uploadedKey();
		// What a crash after the upload and before the commit leaves: an object, no row.
		StoredObject orphan = putObject();
		assertThat(keys()).contains(orphan.key(), documentKey);

		DocumentSweep.Result result = this.sweep.sweep(Instant.now().plusSeconds(60)).block();
		assertThat(result.removed()).isGreaterThanOrEqualTo(1);

		assertThat(keys()).doesNotContain(orphan.key()).contains(documentKey);
		assertThat(status(documentKey)).isEqualTo("STORED");
	}

	@Test
	void objectsYoungerThanTheGracePeriodAreLeftAlone() {
		StoredObject inFlight = putObject();
		this.sweep.sweep(Instant.now().minusSeconds(3600)).block();
		assertThat(keys()).contains(inFlight.key());
		this.objects.remove(inFlight.key()).block();
	}

	@Test
	void aRowWhoseObjectIsGoneIsFlaggedAndAnnouncedOnce() {
		String key = uploadedKey();
		this.objects.remove(key).block();

		assertThat(this.sweep.sweep(Instant.now().plusSeconds(60)).block().missing()).isGreaterThanOrEqualTo(1);
		assertThat(status(key)).isEqualTo(DocumentSweep.MISSING);
		assertThat(events(key)).isEqualTo(1);

		this.sweep.sweep(Instant.now().plusSeconds(60)).block();
		assertThat(events(key)).isEqualTo(1);
	}

	private String uploadedKey() {
		Fixtures fx = new Fixtures(this.http);
		String id = fx.create("retailer.xihu", Fixtures.draft("330106", Fixtures.creditCode())).get("id").asString();
		fx.upload("retailer.xihu", id, "ID_CARD");
		return this.db
			.sql("select d.storage_key from document d join application_document ad on ad.document_id = d.id "
					+ "where ad.application_id = :a")
			.bind("a", UUID.fromString(id))
			.map((row) -> row.get(0, String.class))
			.one()
			.block();
	}

	private StoredObject putObject() {
		byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer".getBytes(StandardCharsets.ISO_8859_1);
		return this.objects
			.put(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(pdf)),
					new UploadRules(Set.of("application/pdf"), 1024 * 1024))
			.block();
	}

	private List<String> keys() {
		return this.objects.list().map(StoredKey::key).collectList().block();
	}

	private String status(String key) {
		return this.db.sql("select status from document where storage_key = :k")
			.bind("k", key)
			.map((row) -> row.get(0, String.class))
			.one()
			.block();
	}

	private long events(String key) {
		return this.db
			.sql("select count(*) from outbox o join document d on d.id = o.aggregate_id "
					+ "where d.storage_key = :k and o.event_type = 'DocumentObjectMissing'")
			.bind("k", key)
			.map((row) -> row.get(0, Long.class))
			.one()
			.block();
	}

}
