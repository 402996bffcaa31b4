package cn.gov.tobacco.licensing.documents;

import java.util.Locale;
import java.util.Map;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;

/**
 * The content type a device declares for a resumable upload, held against what the bytes
 * turned out to be: a PNG declared as a PDF is a forgery (or a mistake) and is refused.
 * Devices that say nothing useful (none, {@code application/octet-stream}) are not held
 * to anything; the bytes alone decide then, as for a single upload.
 */
final class DeclaredType {

	private static final Map<String, String> ALIASES = Map.of("image/jpg", "image/jpeg", "image/pjpeg", "image/jpeg",
			"application/x-pdf", "application/pdf");

	private DeclaredType() {
	}

	static boolean matches(String declared, String detected) {
		String type = normalized(declared);
		return type == null || type.equals(detected);
	}

	static ApiException mismatch(String declared, String detected) {
		String type = normalized(declared);
		return new ApiException(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
				Text.of("文件内容（" + detected + "）与声明的类型（" + type + "）不符",
						"The file's bytes (" + detected + ") do not match its declared type (" + type + ")"));
	}

	private static String normalized(String declared) {
		if (declared == null) {
			return null;
		}
		String type = declared.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
		if (type.isEmpty() || type.equals("application/octet-stream")) {
			return null;
		}
		return ALIASES.getOrDefault(type, type);
	}

}
