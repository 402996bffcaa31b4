package cn.gov.tobacco.licensing.application;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gov.tobacco.platform.problem.Text;

/**
 * The words a person reads for the items {@link Requirements#missing} names: a field
 * ({@code premises.latitude}) or a document ({@code document:ID_CARD}). The keys stay in
 * the problem's {@code missing} list and field errors, for machines; texts use these.
 */
final class ItemLabels {

	private static final Map<String, Text> LABELS = Map.ofEntries(
			Map.entry("businessName", Text.of("店铺名称", "business name")),
			Map.entry("businessScope", Text.of("经营范围", "business scope")),
			Map.entry("changeSubject", Text.of("变更事项", "what changes")),
			Map.entry("creditCode", Text.of("统一社会信用代码", "unified social credit code")),
			Map.entry("licenseNo", Text.of("许可证号", "license number")),
			Map.entry("mobile", Text.of("手机号码", "mobile number")),
			Map.entry("operatorIdNumber", Text.of("经营者身份证号", "operator's ID number")),
			Map.entry("operatorName", Text.of("经营者姓名", "operator's name")),
			Map.entry("premises.address", Text.of("经营场所地址", "premises address")),
			Map.entry("premises.divisionCode", Text.of("所在区县", "district")),
			Map.entry("premises.latitude", Text.of("店铺在地图上的位置", "the shop's place on the map")),
			Map.entry("premises.longitude", Text.of("店铺在地图上的位置", "the shop's place on the map")),
			Map.entry("suspendFrom", Text.of("歇业开始日期", "suspension start")),
			Map.entry("suspendUntil", Text.of("歇业结束日期", "suspension end")),
			Map.entry("document:BUSINESS_LICENSE", Text.of("营业执照", "business license")),
			Map.entry("document:ID_CARD", Text.of("身份证", "ID card")),
			Map.entry("document:PREMISES_PHOTO", Text.of("经营场所照片", "premises photo")),
			Map.entry("document:PREMISES_PROOF", Text.of("场所使用证明", "proof of use of the premises")),
			Map.entry("document:SITE_PHOTO", Text.of("现场核查照片", "site check photo")),
			Map.entry("document:OTHER", Text.of("其他材料", "other document")));

	private ItemLabels() {
	}

	/** The items in words, each once (latitude and longitude are one place), in order. */
	static Text of(List<String> items) {
		List<Text> labels = items.stream()
			.map((item) -> LABELS.getOrDefault(item, Text.of("其他必填项", "another required item")))
			.distinct()
			.toList();
		return Text.of(labels.stream().map(Text::zh).collect(Collectors.joining("、")),
				labels.stream().map(Text::en).collect(Collectors.joining(", ")));
	}

}
