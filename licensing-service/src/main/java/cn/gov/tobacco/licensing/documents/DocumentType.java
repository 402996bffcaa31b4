package cn.gov.tobacco.licensing.documents;

/** 营业执照 · 身份证 · 经营场所照片 · 场所使用证明 · 其他. */
public enum DocumentType {

	BUSINESS_LICENSE, ID_CARD, PREMISES_PHOTO, PREMISES_PROOF, OTHER

}
