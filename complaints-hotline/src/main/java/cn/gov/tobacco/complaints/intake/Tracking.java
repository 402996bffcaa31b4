package cn.gov.tobacco.complaints.intake;

import java.time.ZoneOffset;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.CaseStateDto;
import cn.gov.tobacco.complaints.api.model.ProgressStepDto;
import cn.gov.tobacco.complaints.api.model.TrackedReportDto;
import cn.gov.tobacco.complaints.cases.CaseRow;
import cn.gov.tobacco.complaints.cases.CaseRepository;
import cn.gov.tobacco.platform.problem.ApiException;

/**
 * The citizen's view of a case by tracking code: state, progress and public answer, never
 * reporter data or internal notes.
 */
@Component
public class Tracking {

	private final CaseRepository cases;

	Tracking(CaseRepository cases) {
		this.cases = cases;
	}

	/** The case the tracking code belongs to, or 404. */
	public Mono<CaseRow> find(String trackingCode) {
		return this.cases.findByTrackingHash(TrackingCodes.hash(trackingCode))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("未找到该查询码对应的反映", "No report has this tracking code")));
	}

	Mono<TrackedReportDto> view(String trackingCode) {
		return find(trackingCode).flatMap((row) -> this.cases.events(row.id())
			.map((e) -> new ProgressStepDto().state(CaseStateDto.fromValue(e.to().name()))
				.at(e.at().atOffset(ZoneOffset.UTC)))
			.collectList()
			.flatMap((progress) -> linkedNumber(row).map((linked) -> new TrackedReportDto().caseNumber(row.caseNumber())
				.kind(CaseKindDto.fromValue(row.kind().name()))
				.category(row.category())
				.state(CaseStateDto.fromValue(row.state().name()))
				.receivedAt(row.receivedAt().atOffset(ZoneOffset.UTC))
				.publicAnswer(row.publicAnswer())
				.notAcceptedReason(row.notAcceptedReason())
				.linkedCaseNumber(linked.isEmpty() ? null : linked)
				.progress(progress))));
	}

	private Mono<String> linkedNumber(CaseRow row) {
		if (row.duplicateOf() == null) {
			return Mono.just("");
		}
		return this.cases.findById(row.duplicateOf()).map(CaseRow::caseNumber).defaultIfEmpty("");
	}

}
