package cn.gov.tobacco.licensing.license;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * The certificate PDF: the license's particulars in a CJK font embedded as a subset, and
 * a QR code (drawn as vector squares) that opens the public verification page.
 * <p>
 * The font is a TrueType file found on the first configured path that exists (Debian
 * {@code fonts-wqy-zenhei} by default, see the README); without one the service refuses
 * to render rather than produce a certificate without its Chinese text.
 */
final class CertificateRenderer {

	private final List<String> fontPaths;

	private final String verifyBaseUrl;

	CertificateRenderer(List<String> fontPaths, String verifyBaseUrl) {
		this.fontPaths = fontPaths;
		this.verifyBaseUrl = verifyBaseUrl;
	}

	byte[] render(License l) {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			java.util.List<java.io.Closeable> open = new java.util.ArrayList<>();
			PDFont font = font(document, open);
			try (PDPageContentStream out = new PDPageContentStream(document, page)) {
				text(out, font, 24, 150, 760, "烟草专卖零售许可证");
				String[][] rows = { { "许可证号", l.number() }, { "企业（字号）名称", l.holder().businessName() },
						{ "经营者", l.holder().operatorName() }, { "统一社会信用代码", l.holder().creditCode() },
						{ "经营场所", l.holder().address() }, { "经营范围", l.scope() },
						{ "有效期限", l.validFrom() + " 至 " + l.validUntil() }, { "状态", l.status().name() } };
				float y = 700;
				for (String[] row : rows) {
					text(out, font, 12, 60, y, row[0] + "：" + ((row[1] != null) ? row[1] : ""));
					y -= 26;
				}
				qr(out, this.verifyBaseUrl + "/verify/" + l.number(), 400, 120, 140);
				text(out, font, 9, 400, 105, "扫码核验 · Scan to verify");
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			for (java.io.Closeable c : open) {
				c.close();
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
