package cn.gov.tobacco.complaints.reporter;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The encrypted reporter columns of a case, which only this feature reads.
 */
@Component
class ReporterRepository {

	private final DatabaseClient db;

	ReporterRepository(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * The reporter's contact as stored (ciphertexts), the case row locked until the
	 * caller's transaction ends, so the audit entry of the reveal is ordered with it.
	 */
	Mono<Sealed> contactForUpdate(UUID caseId) {
		return this.db
			.sql("SELECT reporter_name, reporter_phone, reporter_id_number FROM cases WHERE id = :id FOR UPDATE")
			.bind("id", caseId)
			.map((row, meta) -> new Sealed(row.get("reporter_name", byte[].class),
					row.get("reporter_phone", byte[].class), row.get("reporter_id_number", byte[].class)))
			.one();
	}

	/**
	 * Reporter contact ciphertexts, each {@code null} when not given.
	 *
	 * @param name the name
	 * @param phone the phone
	 * @param idNumber the ID number
	 */
	record Sealed(byte[] name, byte[] phone, byte[] idNumber) {
	}

}
