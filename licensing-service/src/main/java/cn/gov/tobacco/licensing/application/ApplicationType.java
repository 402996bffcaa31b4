package cn.gov.tobacco.licensing.application;

/** 新办 · 延续 · 变更 · 停业 · 恢复营业 · 歇业 (办法 Art. 10); no other type exists. */
public enum ApplicationType {

	NEW, RENEWAL, CHANGE, SUSPENSION, RESUMPTION, CLOSURE

}
