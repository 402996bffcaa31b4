package cn.gov.tobacco.complaints.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Intake rules.
 *
 * @param serviceArea the division code this bureau serves; addresses outside it are not
 * accepted
 * @param minFactLength the fewest characters a description needs to state concrete facts
 * @param duplicateWindow how far back an open case about the same retailer or address and
 * category makes a new one a duplicate
 */
@ConfigurationProperties("complaints.intake")
public record IntakeProperties(String serviceArea, int minFactLength, Duration duplicateWindow) {

}
