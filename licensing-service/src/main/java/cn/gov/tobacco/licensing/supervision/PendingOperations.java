package cn.gov.tobacco.licensing.supervision;

import java.time.LocalDate;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.api.SupervisionApi;
import cn.gov.tobacco.licensing.api.model.InspectionHistoryPageDto;
import cn.gov.tobacco.licensing.api.model.InspectionPlanDto;
import cn.gov.tobacco.licensing.api.model.InspectionVisitDetailDto;
import cn.gov.tobacco.licensing.api.model.InspectionVisitDto;
import cn.gov.tobacco.licensing.api.model.PenaltyDecisionDto;
import cn.gov.tobacco.licensing.api.model.RandomCheckResultPageDto;
import cn.gov.tobacco.licensing.api.model.RectificationPageDto;
import cn.gov.tobacco.licensing.api.model.RectificationStateDto;
import cn.gov.tobacco.licensing.api.model.ScanResultDto;
import cn.gov.tobacco.licensing.api.model.SupervisionStatisticsDto;
import cn.gov.tobacco.licensing.api.model.SupervisionWarningDto;
import cn.gov.tobacco.licensing.api.model.SupervisionWarningPageDto;
import cn.gov.tobacco.licensing.api.model.UnplannedVisitRequestDto;
import cn.gov.tobacco.licensing.api.model.VisitFindingsDto;
import cn.gov.tobacco.licensing.api.model.VisitPhotoDto;
import cn.gov.tobacco.licensing.api.model.WarningClosureDto;
import cn.gov.tobacco.licensing.api.model.WarningKindDto;
import cn.gov.tobacco.licensing.api.model.WarningStateDto;
import cn.gov.tobacco.licensing.api.model.WarningVisitRequestDto;

/**
 * TEMPORARY, removed by the commits that implement issue 17 points 2–6: the operations
 * the contract declares and the service does not serve yet answer 501 Not Implemented.
 * They exist only so that the contract commit compiles on its own.
 */
abstract class PendingOperations implements SupervisionApi {

	private static <T> Mono<T> pending() {
		return Mono.error(new ResponseStatusException(HttpStatus.NOT_IMPLEMENTED));
	}

	@Override
	public Mono<ResponseEntity<SupervisionWarningDto>> closeSupervisionWarning(UUID warningId,
			Mono<WarningClosureDto> body, ServerWebExchange exchange) {
		return pending();
	}

	@Override
	public Mono<ResponseEntity<InspectionVisitDetailDto>> decideVisitPenalty(UUID visitId,
			Mono<PenaltyDecisionDto> body, ServerWebExchange exchange) {
		return pending();
	}

	@Override
	public Mono<ResponseEntity<Resource>> downloadVisitPhoto(UUID visitId, UUID photoId, ServerWebExchange exchange) {
		return pending();
	}

	@Override
	public Mono<ResponseEntity<InspectionVisitDetailDto>> getInspectionVisit(UUID visitId, ServerWebExchange exchange) {
		return pending();
	}

	@Override
	public Mono<ResponseEntity<SupervisionStatisticsDto>> getSupervisionStatistics(LocalDate from, LocalDate to,
			String jurisdiction, ServerWebExchange exchange) {
		return pending();
	}

	@Override
	public Mono<ResponseEntity<RectificationPageDto>> listRectifications(Integer limit, String cursor,
			RectificationStateDto state, ServerWebExchange exchange) {
		return pending();
	}

	@Override
	public Mono<ResponseEntity<SupervisionWarningPageDto>> listSupervisionWarnings(Integer limit, String cursor,
			WarningStateDto state, WarningKindDto kind, ServerWebExchange exchange) {
		return pending();
	}

	@Override
	public Mono<ResponseEntity<InspectionVisitDto>> planWarningVisit(UUID warningId, Mono<WarningVisitRequestDto> body,
			String idempotencyKey, ServerWebExchange exchange) {
		return pending();
	}

	@Override
	public Mono<ResponseEntity<InspectionPlanDto>> publishRandomChecks(UUID planId, ServerWebExchange exchange) {
		return pending();
	}

	@Override
	public Mono<ResponseEntity<InspectionVisitDetailDto>> recordInspectionVisit(UUID visitId,
			Mono<VisitFindingsDto> body, String idempotencyKey, ServerWebExchange exchange) {
		return pending();
	}

	@Override
	public Mono<ResponseEntity<ScanResultDto>> scanLicense(String code, ServerWebExchange exchange) {
		return pending();
	}

	@Override
	public Mono<ResponseEntity<InspectionVisitDto>> startUnplannedVisit(Mono<UnplannedVisitRequestDto> body,
			String idempotencyKey, ServerWebExchange exchange) {
		return pending();
	}

	@Override
	public Mono<ResponseEntity<VisitPhotoDto>> uploadVisitPhoto(UUID visitId, String kind, Part file,
			String idempotencyKey, ServerWebExchange exchange) {
		return pending();
	}

	@Override
	public Mono<ResponseEntity<InspectionHistoryPageDto>> listLicenseInspections(String licenseNo, Integer limit,
			String cursor, ServerWebExchange exchange) {
		return pending();
	}

	@Override
	public Mono<ResponseEntity<RandomCheckResultPageDto>> listPublishedRandomChecks(String jurisdiction, String month,
			Integer limit, String cursor, ServerWebExchange exchange) {
		return pending();
	}

}
