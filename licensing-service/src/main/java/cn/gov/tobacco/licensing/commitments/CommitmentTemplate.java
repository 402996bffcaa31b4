package cn.gov.tobacco.licensing.commitments;

import java.time.Instant;

/**
 * One published version of a commitment text; never changed once published.
 *
 * @param code what is committed to instead of proven, e.g. {@code PREMISES_PROOF}
 * @param version 1, 2, …
 * @param titleZh the title
 * @param textZh the binding zh-CN text
 * @param textEn the English rendering
 * @param textSha256 SHA-256 (hex) of the UTF-8 bytes of {@code textZh}
 * @param publishedAt when published
 */
record CommitmentTemplate(String code, int version, String titleZh, String textZh, String textEn, String textSha256,
		Instant publishedAt) {

}
