package cn.gov.tobacco.complaints.cases;

import reactor.core.publisher.Mono;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Callers;
import cn.gov.tobacco.platform.security.Role;

/**
 * Who among the staff may work on cases, and in which subtree.
 */
public final class StaffAccess {

	private StaffAccess() {
	}

	/** The caller if they hold one of the roles and a jurisdiction; 403 otherwise. */
	public static Mono<Caller> require(Role... roles) {
		return Callers.required().flatMap((caller) -> {
			if (!caller.hasAny(roles) || caller.jurisdiction() == null) {
				return Mono.error(
						new ApiException(ProblemKind.FORBIDDEN, Text.of("您的角色无权执行此操作", "Your role may not do this")));
			}
			return Mono.just(caller);
		});
	}

	/** 404 unless the case lies in the caller's subtree (existence is not revealed). */
	public static Mono<CaseRow> visible(Caller caller, Mono<CaseRow> row) {
		return row.filter((c) -> caller.covers(c.divisionCode()))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("案件不存在", "No such case")));
	}

}
