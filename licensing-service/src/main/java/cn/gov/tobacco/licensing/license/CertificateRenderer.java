package cn.gov.tobacco.licensing.license;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import cn.gov.tobacco.platform.calendar.BureauClock;

/**
 * The certificate PDF, laid out as the official 烟草专卖零售许可证: every field of the official
 * form, the status in Chinese, the bureau's seal, a QR code (drawn as vector squares)
 * that opens the public verification page, and a PAdES digital signature
 * ({@link CertificateSigner}) a PDF reader verifies.
 * <p>
 * The font is a TrueType file found on the first configured path that exists (Debian
 * {@code fonts-wqy-zenhei} by default, see the README), embedded as a subset; without one
 * the service does not start, rather than answer every certificate download with an error
 * or produce a certificate without its Chinese text.
 */
final class CertificateRenderer {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年MM月dd日");

	private final List<String> fontPaths;

	private final String verifyBaseUrl;

	private final CertificateProperties properties;

	/**
	 * A configured keystore is read at start-up (a bad one fails the start); the local
	 * run's generated key is made on first use, keeping an RSA key generation off the
	 * start.
	 */
	private final java.util.function.Supplier<CertificateSigner> signer;

	private final BureauClock time;

	CertificateRenderer(CertificateProperties properties, String verifyBaseUrl, BureauClock time) {
		this.fontPaths = properties.fontPaths();
		if (this.fontPaths.stream().noneMatch((path) -> java.nio.file.Files.isReadable(java.nio.file.Path.of(path)))) {
			throw new IllegalStateException("No CJK TrueType font for the license certificate at " + this.fontPaths
					+ ": install the Debian package fonts-wqy-zenhei or set LICENSING_CERTIFICATE_FONTS");
		}
		this.verifyBaseUrl = verifyBaseUrl;
		this.properties = properties;
		this.time = time;
		if (properties.keystore() != null && !properties.keystore().isBlank()) {
			CertificateSigner configured = CertificateSigner.from(properties, properties.authorityOf(""), time.now());
			this.signer = () -> configured;
		}
		else {
			this.signer = org.springframework.util.function.SingletonSupplier
				.of(() -> CertificateSigner.from(properties, properties.authorityOf(""), time.now()));
		}
	}

	/**
	 * The certificate of the key that signs (for the README's verification steps and
	 * tests).
	 */
	java.security.cert.X509Certificate signingCertificate() {
		return this.signer.get().certificate();
	}

	/** 有效 · 停业 · 歇业 · 已撤销 · 已过期. */
	static String statusLabel(LicenseStatus status) {
		return switch (status) {
			case ACTIVE -> "有效";
			case SUSPENDED -> "停业";
			case CLOSED -> "歇业";
			case REVOKED -> "已撤销";
			case EXPIRED -> "已过期";
		};
	}

	/**
	 * 企业类型 from the unified social credit code's registration category (GB 32100-2015,
	 * second character under the market regulator): 1 企业, 2 个体工商户, 3 农民专业合作社.
	 */
	static String enterpriseType(String creditCode) {
		if (creditCode == null || creditCode.length() < 2 || creditCode.charAt(0) != '9') {
			return "其他";
		}
		return switch (creditCode.charAt(1)) {
			case '1' -> "企业";
			case '2' -> "个体工商户";
			case '3' -> "农民专业合作社";
			default -> "其他";
		};
	}

	/** The fields of the official form, in its order. */
	String[][] fields(License l) {
		String authority = this.properties.authorityOf(l.jurisdiction());
		return new String[][] { { "许可证号", l.number() }, { "企业（字号）名称", l.holder().businessName() },
				{ "负责人（经营者）", l.holder().operatorName() }, { "经营场所", l.holder().address() },
				{ "企业类型", enterpriseType(l.holder().creditCode()) }, { "统一社会信用代码", l.holder().creditCode() },
				{ "经营范围", l.scope() }, { "许可经营项目", ScopeItems.words(l.items()).zh() },
				{ "供货单位", this.properties.supplier() },
				{ "有效期限", "自 " + DAY.format(l.validFrom()) + " 至 " + DAY.format(l.validUntil()) },
				{ "许可证状态", statusLabel(l.status()) }, { "发证机关", authority },
				{ "发证日期", DAY.format(this.time.dayOf(l.issuedAt())) } };
	}

	byte[] render(License l) {
		String authority = this.properties.authorityOf(l.jurisdiction());
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			java.util.List<java.io.Closeable> open = new java.util.ArrayList<>();
			PDFont font = font(document, open);
			try (PDPageContentStream out = new PDPageContentStream(document, page)) {
				frame(out, page.getMediaBox());
				text(out, font, 26, 180, 770, "烟草专卖零售许可证");
				text(out, font, 11, 275, 748, "（正本）");
				float y = 700;
				for (String[] row : fields(l)) {
					text(out, font, 12, 70, y, row[0] + "：" + ((row[1] != null) ? row[1] : ""));
					y -= 28;
				}
				CertificateSeal.draw(out, font, authority, 420, 380, 62);
				qr(out, this.verifyBaseUrl + "/verify/" + l.number(), 70, 90, 120);
				text(out, font, 9, 70, 76, "扫码核验 · Scan to verify");
				text(out, font, 9, 300, 90, "本证书经" + authority + "电子签名，可在 PDF 阅读器中验证。");
			}
			java.io.ByteArrayOutputStream unsigned = new java.io.ByteArrayOutputStream();
			document.save(unsigned);
			for (java.io.Closeable c : open) {
				c.close();
			}
			return this.signer.get()
				.sign(unsigned.toByteArray(), authority, "烟草专卖零售许可证 " + l.number(), authority,
						this.time.now().atZone(this.time.zone()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void frame(PDPageContentStream out, PDRectangle box) throws IOException {
		out.saveGraphicsState();
		out.setStrokingColor(0.55f, 0.1f, 0.1f);
		out.setLineWidth(2.5f);
		out.addRect(30, 30, box.getWidth() - 60, box.getHeight() - 60);
		out.stroke();
		out.setLineWidth(0.8f);
		out.addRect(38, 38, box.getWidth() - 76, box.getHeight() - 76);
		out.stroke();
		out.restoreGraphicsState();
	}

	private PDFont font(PDDocument document, List<java.io.Closeable> open) throws IOException {
		for (String path : this.fontPaths) {
			File file = new File(path.strip());
			if (!file.isFile()) {
				continue;
			}
			if (!path.endsWith(".ttc")) {
				return PDType0Font.load(document, file);
			}
			org.apache.fontbox.ttf.TrueTypeCollection collection = new org.apache.fontbox.ttf.TrueTypeCollection(file);
			open.add(collection);
			org.apache.fontbox.ttf.TrueTypeFont[] first = new org.apache.fontbox.ttf.TrueTypeFont[1];
			collection.processAllFonts((ttf) -> {
				if (first[0] == null) {
					first[0] = ttf;
				}
			});
			return PDType0Font.load(document, first[0], true);
		}
		throw new IOException("No CJK TrueType font found at " + this.fontPaths);
	}

	private static void text(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
			throws IOException {
		out.beginText();
		out.setFont(font, size);
		out.newLineAtOffset(x, y);
		out.showText(text);
		out.endText();
	}

	private static void qr(PDPageContentStream out, String content, float x, float y, float size) throws IOException {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 1));
			float cell = size / matrix.getWidth();
			for (int row = 0; row < matrix.getHeight(); row++) {
				for (int col = 0; col < matrix.getWidth(); col++) {
					if (matrix.get(col, row)) {
						out.addRect(x + col * cell, y + size - (row + 1) * cell, cell, cell);
					}
				}
			}
			out.fill();
		}
		catch (WriterException ex) {
			throw new IOException(ex);
		}
	}

}
