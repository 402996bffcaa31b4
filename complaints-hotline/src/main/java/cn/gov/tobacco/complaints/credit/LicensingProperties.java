package cn.gov.tobacco.complaints.credit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where licensing's internal API is.
 *
 * @param baseUrl licensing's base URL ({@code COMPLAINTS_LICENSING_URL})
 * @param registrationId the OAuth2 client registration whose client-credentials token is
 * sent
 * @param timeout the longest a delivery may take
 */
@ConfigurationProperties("complaints.licensing")
public record LicensingProperties(String baseUrl, String registrationId, Duration timeout) {

}
