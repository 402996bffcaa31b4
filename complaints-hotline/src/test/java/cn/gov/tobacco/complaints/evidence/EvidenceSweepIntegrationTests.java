package cn.gov.tobacco.complaints.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.r2dbc.core.DatabaseClient;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.intake.Reports;
import cn.gov.tobacco.complaints.intake.Reports.FiledBody;
import cn.gov.tobacco.platform.storage.ObjectStore;
import cn.gov.tobacco.platform.storage.StoredKey;
import cn.gov.tobacco.platform.storage.StoredObject;
import cn.gov.tobacco.platform.storage.UploadRules;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceSweepIntegrationTests extends IntegrationTestSupport {

	@Autowired
	EvidenceSweep sweep;

	@Autowired
	ObjectStore objects;

	@Autowired
	DatabaseClient db;

	@Test
	void anObjectWithoutARowIsRemovedAndEvidenceOfACaseIsKept() {
		FiledBody filed = file(Reports.salesToMinors("330106"), Jpegs.withExifLocation(2000), "p.jpg", Map.of())
			.expectStatus()
			.isCreated()
			.expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		Map<String, Object> row = this.db
			.sql("SELECT a.object_key, a.redacted_key FROM attachments a JOIN cases c ON c.id = a.case_id "
					+ "WHERE c.case_number = :n")
			.bind("n", filed.caseNumber())
			.fetch()
			.one()
			.block();
		// What a crash after the upload and before the commit leaves: an object and no
		// row.
		StoredObject orphan = this.objects
			.put(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(Pngs.withLocationMetadata())),
					new UploadRules(Set.of("image/png"), 1024 * 1024))
			.block();

		Instant cutOff = Instant.now().plusSeconds(60);
		assertThat(this.sweep.sweep(cutOff).block()).isGreaterThanOrEqualTo(1);

		List<String> left = this.objects.list().map(StoredKey::key).collectList().block();
		assertThat(left).doesNotContain(orphan.key())
			.contains((String) row.get("object_key"), (String) row.get("redacted_key"));
	}

	@Test
	void youngObjectsAreLeftAlone() {
		StoredObject inFlight = this.objects
			.put(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(Pngs.withLocationMetadata())),
					new UploadRules(Set.of("image/png"), 1024 * 1024))
			.block();
		this.sweep.sweep(Instant.now().minusSeconds(3600)).block();
		assertThat(this.objects.list().map(StoredKey::key).collectList().block()).contains(inFlight.key());
		this.objects.remove(inFlight.key()).block();
	}

}
