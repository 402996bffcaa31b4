package cn.gov.tobacco.licensing.license;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * The bureau's official seal, drawn as vectors in seal red: a double ring, the bureau's
 * name around the upper arc, a five-pointed star in the middle and the seal's use
 * (许可证专用章) beneath it.
 */
final class CertificateSeal {

	private static final float[] RED = { 0.83f, 0f, 0.1f };

	private CertificateSeal() {
	}

	static void draw(PDPageContentStream out, PDFont font, String bureau, float cx, float cy, float radius)
			throws IOException {
		out.saveGraphicsState();
		out.setStrokingColor(RED[0], RED[1], RED[2]);
		out.setNonStrokingColor(RED[0], RED[1], RED[2]);
		out.setLineWidth(radius * 0.045f);
		circle(out, cx, cy, radius);
		out.stroke();
		out.setLineWidth(radius * 0.012f);
		circle(out, cx, cy, radius * 0.92f);
		out.stroke();
		star(out, cx, cy, radius * 0.3f);
		out.fill();
		arcText(out, font, bureau, cx, cy, radius * 0.72f, radius * 0.2f);
		float size = radius * 0.13f;
		String use = "许可证专用章";
		float width = font.getStringWidth(use) / 1000 * size;
		out.beginText();
		out.setFont(font, size);
		out.newLineAtOffset(cx - width / 2, cy - radius * 0.55f);
		out.showText(use);
		out.endText();
		out.restoreGraphicsState();
	}

	/** A circle of four Bézier arcs. */
	private static void circle(PDPageContentStream out, float cx, float cy, float r) throws IOException {
		float k = 0.5523f * r;
		out.moveTo(cx + r, cy);
		out.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
		out.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
		out.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
		out.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
		out.closePath();
	}

	private static void star(PDPageContentStream out, float cx, float cy, float r) throws IOException {
		for (int i = 0; i < 10; i++) {
			double angle = Math.PI / 2 + i * Math.PI / 5;
			float radius = (i % 2 == 0) ? r : r * 0.382f;
			float x = cx + (float) (radius * Math.cos(angle));
			float y = cy + (float) (radius * Math.sin(angle));
			if (i == 0) {
				out.moveTo(x, y);
			}
			else {
				out.lineTo(x, y);
			}
		}
		out.closePath();
	}

	/** The text clockwise along the upper arc, each character upright to the centre. */
	private static void arcText(PDPageContentStream out, PDFont font, String text, float cx, float cy, float r,
			float size) throws IOException {
		int n = text.codePointCount(0, text.length());
		double span = Math.toRadians(Math.min(240, 22 * n));
		double start = Math.PI / 2 + span / 2;
		double step = (n > 1) ? span / (n - 1) : 0;
		int[] points = text.codePoints().toArray();
		for (int i = 0; i < n; i++) {
			double angle = start - i * step;
			String ch = new String(Character.toChars(points[i]));
			float half = font.getStringWidth(ch) / 1000 * size / 2;
			float x = cx + (float) (r * Math.cos(angle));
			float y = cy + (float) (r * Math.sin(angle));
			out.beginText();
			out.setFont(font, size);
			Matrix m = Matrix.getRotateInstance(angle - Math.PI / 2, x, y);
			m.translate(-half, 0);
			out.setTextMatrix(m);
			out.showText(ch);
			out.endText();
		}
	}

}
