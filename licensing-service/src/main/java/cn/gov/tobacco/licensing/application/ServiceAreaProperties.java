package cn.gov.tobacco.licensing.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bureau's area.
 *
 * @param serviceArea the division code the bureau licenses (a province, city or
 * district); premises outside it are refused with 422 (default {@code 330000})
 */
@ConfigurationProperties("licensing")
public record ServiceAreaProperties(String serviceArea) {

	public ServiceAreaProperties {
		if (serviceArea == null || serviceArea.isBlank()) {
			serviceArea = "330000";
		}
		if (!cn.gov.tobacco.platform.security.Jurisdiction.isValid(serviceArea)) {
			throw new IllegalArgumentException("licensing.service-area must be a division code: " + serviceArea);
		}
	}

}
