package cn.gov.tobacco.complaints.casefile;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.complaints.api.model.AddressDto;
import cn.gov.tobacco.complaints.api.model.AttachmentInfoDto;
import cn.gov.tobacco.complaints.api.model.CaseDetailDto;
import cn.gov.tobacco.complaints.api.model.CaseStateDto;
import cn.gov.tobacco.complaints.api.model.HistoryEntryDto;
import cn.gov.tobacco.complaints.api.model.OutcomeDto;
import cn.gov.tobacco.complaints.cases.CaseKind;
import cn.gov.tobacco.complaints.cases.CaseRepository;
import cn.gov.tobacco.complaints.cases.CaseRow;
import cn.gov.tobacco.complaints.cases.CaseSummaries;
import cn.gov.tobacco.complaints.evidence.AttachmentRepository;
import cn.gov.tobacco.complaints.licenses.LicenseChecks;
import cn.gov.tobacco.complaints.licenses.LicenseDirectory;
import cn.gov.tobacco.complaints.licenses.LicenseMatch;

/**
 * The staff view of one case. Reporter data appears only masked.
 */
@Component
class CaseDetails {

	private final CaseRepository cases;

	private final AttachmentRepository attachments;

	private final LicenseDirectory directory;

	CaseDetails(CaseRepository cases, AttachmentRepository attachments, LicenseDirectory directory) {
		this.cases = cases;
		this.attachments = attachments;
		this.directory = directory;
	}

	/**
	 * 无证经营 triage of a report, as the directory stands now: the license the case names,
	 * else a match of the reported retailer or address.
	 */
	private Mono<Optional<LicenseMatch>> licenseCheckOf(CaseRow c) {
		if (c.kind() != CaseKind.REPORT) {
			return Mono.just(Optional.empty());
		}
		Mono<LicenseMatch> match = (c.licenseNo() != null)
				? this.directory.find(c.licenseNo()).map(LicenseMatch::byNumber).defaultIfEmpty(LicenseMatch.none())
				: this.directory.check(c.divisionCode(), c.addressDetail(), c.retailerName());
		return match.map(Optional::of);
	}

	Mono<CaseDetailDto> of(CaseRow c) {
		Mono<List<HistoryEntryDto>> history = this.cases.events(c.id())
			.map((e) -> new HistoryEntryDto().from((e.from() != null) ? CaseStateDto.fromValue(e.from().name()) : null)
				.to(CaseStateDto.fromValue(e.to().name()))
				.action(e.action())
				.actor(e.actor().shown(e.action()))
				.reason(e.reason())
				.at(e.at().atOffset(ZoneOffset.UTC)))
			.collectList();
		Mono<List<AttachmentInfoDto>> files = this.attachments.forCase(c.id())
			.map((a) -> new AttachmentInfoDto().id(a.id())
				.contentType(a.contentType())
				.size(a.size())
				.sha256(a.sha256()))
			.collectList();
		return Mono.zip(history, files, licenseCheckOf(c))
			.map((t) -> new CaseDetailDto().summary(CaseSummaries.masked(c))
				.description(c.description())
				.address(new AddressDto().divisionCode(c.divisionCode()).detail(c.addressDetail()))
				.retailerName(c.retailerName())
				.licenseNo(c.licenseNo())
				.licenseCheck(t.getT3().map(LicenseChecks::toDto).orElse(null))
				.outcome((c.outcome() != null) ? OutcomeDto.fromValue(c.outcome().name()) : null)
				.publicAnswer(c.publicAnswer())
				.notAcceptedReason(c.notAcceptedReason())
				.duplicateOf(c.duplicateOf())
				.acknowledgeDueAt(c.acknowledgeDueAt().atOffset(ZoneOffset.UTC))
				.evaluationDueAt((c.evaluationDueAt() != null) ? c.evaluationDueAt().atOffset(ZoneOffset.UTC) : null)
				.reopenCount(c.reopenCount())
				.escalationLevel(c.escalationLevel())
				.rewardAmount((c.rewardAmount() != null) ? c.rewardAmount().doubleValue() : null)
				.version(c.version())
				.attachments(t.getT2())
				.history(t.getT1()));
	}

}
