package cn.gov.tobacco.platform.problem;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemMapperTests {

	@Test
	void apiExceptionKeepsItsKindDetailAndFields() {
		Problem problem = ProblemMapper.map(ApiException
			.validation(java.util.List.of(FieldProblem.of("creditCode", "校验位错误", "check character is wrong"))));
		Map<String, Object> body = problem.toBody(Locale.ENGLISH, "/api/x", "cid-12345678");
		assertThat(body).containsEntry("type", "/problems/validation")
			.containsEntry("status", 400)
			.containsEntry("title", "Request validation failed")
			.containsEntry("correlationId", "cid-12345678");
		assertThat(body.get("errors")).asString().contains("creditCode").contains("check character is wrong");
	}

	@Test
	void titlesAreChineseByDefault() {
		Map<String, Object> body = ProblemMapper.map(ApiException.notFound("申请不存在", "No such application"))
			.toBody(Locale.SIMPLIFIED_CHINESE, "/api/x", null);
		assertThat(body).containsEntry("title", "资源不存在").containsEntry("detail", "申请不存在");
		assertThat(body).doesNotContainKey("correlationId");
	}

	@Test
	void anIllegalTransitionSaysSoInPlainWordsAndKeepsTheCodesForMachines() {
		for (Locale locale : java.util.List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			Map<String, Object> body = ProblemMapper
				.map(ApiException.illegalTransition("SUBMITTED", "upload a document"))
				.toBody(locale, "/api/x", null);
			assertThat(body).containsEntry("status", 409)
				.containsEntry("state", "SUBMITTED")
				.containsEntry("action", "upload a document");
			assertThat((String) body.get("detail")).doesNotContain("SUBMITTED").doesNotContain("upload a document");
		}
	}

	@Test
	void noConnectionForATransactionIs503WithoutInternals() {
		// R2DBC's transaction manager while PostgreSQL starts up after a crash
		Problem problem = ProblemMapper
			.map(new CannotCreateTransactionException("Could not open R2DBC Connection for transaction",
					new IllegalStateException("[57P03] the database system is starting up")));
		assertThat(problem.kind()).isEqualTo(ProblemKind.DEPENDENCY_UNAVAILABLE);
		Map<String, Object> body = problem.toBody(Locale.ENGLISH, "/api/x", null);
		assertThat(body).containsEntry("status", 503);
		assertThat(body.toString()).doesNotContain("R2DBC").doesNotContain("57P03");
	}

	@Test
	void oversizeBodyIs413() {
		Problem problem = ProblemMapper
			.map(new ServerWebInputException("x", null, new DataBufferLimitException("too big")));
		assertThat(problem.kind()).isEqualTo(ProblemKind.PAYLOAD_TOO_LARGE);
		assertThat(problem.kind().status().value()).isEqualTo(413);
	}

	@Test
	void concurrentModificationIs409() {
		assertThat(ProblemMapper.map(new OptimisticLockingFailureException("v")).kind())
			.isEqualTo(ProblemKind.VERSION_CONFLICT);
	}

	@Test
	void bareStatusesKeepTheirStatus() {
		assertThat(ProblemMapper.map(new ResponseStatusException(HttpStatus.NOT_FOUND)).kind().status().value())
			.isEqualTo(404);
		assertThat(
				ProblemMapper.map(new ResponseStatusException(HttpStatus.METHOD_NOT_ALLOWED)).kind().status().value())
			.isEqualTo(405);
	}

	@Test
	void unknownErrorsRevealNothingInternal() {
		Map<String, Object> body = ProblemMapper.map(new IllegalStateException("secret table name"))
			.toBody(Locale.ENGLISH, "/api/x", "cid-12345678");
		assertThat(body).containsEntry("status", 500);
		assertThat(body.toString()).doesNotContain("secret").doesNotContain("IllegalStateException");
	}

}
