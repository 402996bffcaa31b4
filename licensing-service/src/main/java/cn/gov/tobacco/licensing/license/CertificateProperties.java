package cn.gov.tobacco.licensing.license;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The license certificate (烟草专卖零售许可证).
 *
 * @param fontPaths TrueType CJK fonts; the first that exists is used
 * @param supplier 供货单位: the tobacco company that supplies the bureau's retailers
 * @param authorities 发证机关 by jurisdiction code; the nearest ancestor's name applies
 * (330106 → 330100 → 330000)
 * @param keystore the PKCS#12 file holding the bureau's signing key and certificate;
 * empty: a key is generated at start-up (local runs and tests only)
 * @param keystorePassword its password
 */
@ConfigurationProperties("licensing.certificate")
public record CertificateProperties(List<String> fontPaths, String supplier, Map<String, String> authorities,
		String keystore, String keystorePassword) {

	public CertificateProperties {
		fontPaths = (fontPaths != null) ? List.copyOf(fontPaths) : List.of();
		authorities = (authorities != null) ? Map.copyOf(authorities) : Map.of();
	}

	/**
	 * The issuing bureau of a jurisdiction: its own name, else its nearest ancestor's.
	 */
	public String authorityOf(String jurisdiction) {
		String code = (jurisdiction != null) ? jurisdiction : "";
		while (!code.isEmpty()) {
			String name = this.authorities.get(code);
			if (name != null) {
				return name;
			}
			code = code.endsWith("0000") ? "" : (code.endsWith("00") ? code.substring(0, 2) + "0000"
					: code.substring(0, Math.min(4, code.length())) + "00");
		}
		return "烟草专卖局";
	}

}
