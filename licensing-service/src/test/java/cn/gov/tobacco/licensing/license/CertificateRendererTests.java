package cn.gov.tobacco.licensing.license;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;

import cn.gov.tobacco.platform.calendar.BureauClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The certificate is the official 烟草专卖零售许可证: every field, the status in Chinese, and a
 * PAdES signature that verifies over the signed byte range.
 */
class CertificateRendererTests {

	/** As in application.yml: the environment's list, else the Debian font paths. */
	static final List<String> FONTS = List.of(System.getenv()
		.getOrDefault("LICENSING_CERTIFICATE_FONTS",
				"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,"
						+ "/usr/share/fonts/truetype/arphic/uming.ttc")
		.split(","));

	final CertificateProperties properties = new CertificateProperties(FONTS, "浙江省烟草公司杭州市公司",
			Map.of("330100", "杭州市烟草专卖局", "330106", "杭州市西湖区烟草专卖局"), null, null);

	final CertificateRenderer renderer = new CertificateRenderer(this.properties, "https://zw.example.gov.cn",
			new BureauClock(Clock.systemUTC(), ZoneId.of("Asia/Shanghai")));

	static License license(LicenseStatus status, String creditCode) {
		return license(status, creditCode, "CIGARETTE");
	}

	static License license(LicenseStatus status, String creditCode, String items) {
		return new License(UUID.randomUUID(), "330106202600017", "330106", "retailer.xihu",
				new License.Holder("西湖文三路便利店", creditCode, "张三", "11010519491231002X", "13812345678", "杭州市西湖区文三路 100 号",
						"330106", 30.2772, 120.1425),
				"卷烟、雪茄烟零售", items, LocalDate.of(2026, 1, 5), LocalDate.of(2031, 1, 4), status, null, 0,
				Instant.parse("2026-01-05T02:30:00Z"));
	}

	@Test
	void everyFieldOfTheOfficialLayoutIsPrinted() throws IOException {
		String text = text(this.renderer.render(license(LicenseStatus.ACTIVE, "92330106MA2H3C7D5X")));
		assertThat(text).contains("烟草专卖零售许可证")
			.contains("许可证号：330106202600017")
			.contains("企业（字号）名称：西湖文三路便利店")
			.contains("负责人（经营者）：张三")
			.contains("经营场所：杭州市西湖区文三路 100 号")
			.contains("企业类型：个体工商户")
			.contains("经营范围：卷烟、雪茄烟零售")
			.contains("许可经营项目：卷烟、雪茄烟")
			.contains("供货单位：浙江省烟草公司杭州市公司")
			.contains("有效期限：自 2026年01月05日 至 2031年01月04日")
			.contains("发证机关：杭州市西湖区烟草专卖局")
			.contains("发证日期：2026年01月05日")
			.contains("许可证状态：有效")
			.doesNotContain("ACTIVE");
		// never the operator's ID number or mobile
		assertThat(text).doesNotContain("11010519491231002X").doesNotContain("13812345678");
	}

	@Test
	void theScopeItemsArePrintedIncludingECigarettes() throws IOException {
		assertThat(text(
				this.renderer.render(license(LicenseStatus.ACTIVE, "92330106MA2H3C7D5X", "CIGARETTE,E_CIGARETTE"))))
			.contains("许可经营项目：卷烟、雪茄烟；电子烟")
			.doesNotContain("E_CIGARETTE");
		assertThat(text(this.renderer.render(license(LicenseStatus.ACTIVE, "92330106MA2H3C7D5X", "E_CIGARETTE"))))
			.contains("许可经营项目：电子烟")
			.doesNotContain("卷烟、雪茄烟；");
	}

	@Test
	void theStatusIsPrintedInChinese() throws IOException {
		assertThat(text(this.renderer.render(license(LicenseStatus.SUSPENDED, "91330106MA2H3C7D5X"))))
			.contains("许可证状态：停业")
			.contains("企业类型：企业")
			.doesNotContain("SUSPENDED");
		assertThat(text(this.renderer.render(license(LicenseStatus.REVOKED, "91330106MA2H3C7D5X"))))
			.contains("许可证状态：已撤销");
		assertThat(text(this.renderer.render(license(LicenseStatus.EXPIRED, "91330106MA2H3C7D5X"))))
			.contains("许可证状态：已过期");
		assertThat(text(this.renderer.render(license(LicenseStatus.CLOSED, "91330106MA2H3C7D5X"))))
			.contains("许可证状态：歇业");
	}

	@Test
	void theSignatureVerifiesOverTheSignedByteRangeWithTheBureausKey() throws Exception {
		byte[] pdf = this.renderer.render(license(LicenseStatus.ACTIVE, "92330106MA2H3C7D5X"));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDSignature> signatures = document.getSignatureDictionaries();
			assertThat(signatures).hasSize(1);
			PDSignature signature = signatures.get(0);
			assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
			assertThat(signature.getName()).isEqualTo("杭州市西湖区烟草专卖局");
			int[] range = signature.getByteRange();
			// the range covers the whole file but the signature's own contents
			assertThat(range[0]).isZero();
			assertThat(range[2] + range[3]).isEqualTo(pdf.length);

			byte[] signed = signature.getSignedContent(pdf);
			assertThat(verify(signature.getContents(pdf), signed)).isTrue();

			byte[] tampered = Arrays.copyOf(signed, signed.length);
			tampered[tampered.length / 2] ^= 0x01;
			assertThat(verify(signature.getContents(pdf), tampered)).isFalse();
		}
	}

	@Test
	void theIssuingBureauIsTheNearestConfiguredOne() {
		assertThat(this.properties.authorityOf("330106")).isEqualTo("杭州市西湖区烟草专卖局");
		assertThat(this.properties.authorityOf("330105")).isEqualTo("杭州市烟草专卖局");
		assertThat(this.properties.authorityOf("330105001")).isEqualTo("杭州市烟草专卖局");
	}

	private boolean verify(byte[] cms, byte[] content) throws Exception {
		// /Contents is padded with zeros after the DER object: read the object alone
		ContentInfo info;
		try (ASN1InputStream in = new ASN1InputStream(cms)) {
			info = ContentInfo.getInstance(in.readObject());
		}
		CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(content), info);
		SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
		@SuppressWarnings("unchecked")
		X509CertificateHolder holder = (X509CertificateHolder) data.getCertificates()
			.getMatches(signer.getSID())
			.iterator()
			.next();
		X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
		assertThat(certificate).isEqualTo(this.renderer.signingCertificate());
		try {
			return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
		}
		catch (org.bouncycastle.cms.CMSSignerDigestMismatchException ex) {
			return false;
		}
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
