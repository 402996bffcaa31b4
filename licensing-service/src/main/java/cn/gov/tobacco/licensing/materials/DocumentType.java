package cn.gov.tobacco.licensing.materials;

import java.util.Arrays;
import java.util.List;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;

/** 营业执照 · 身份证 · 经营场所照片 · 场所使用证明 · 现场核查照片 · 其他. */
public enum DocumentType {

	BUSINESS_LICENSE, ID_CARD, PREMISES_PHOTO, PREMISES_PROOF, SITE_PHOTO, OTHER;

	/** The type a client named; anything else is a 400 on {@code documentType}. */
	public static DocumentType parse(String value) {
		return Arrays.stream(values())
			.filter((t) -> t.name().equals(value))
			.findFirst()
			.orElseThrow(() -> ApiException.validation(List.of(FieldProblem.of("documentType",
					"须为以下之一：" + Arrays.toString(values()), "must be one of " + Arrays.toString(values())))));
	}

}
