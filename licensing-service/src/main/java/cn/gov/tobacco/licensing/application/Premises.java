package cn.gov.tobacco.licensing.application;

/**
 * 经营场所: where the outlet is.
 *
 * @param address street address
 * @param divisionCode 6-digit administrative division code
 * @param latitude degrees north
 * @param longitude degrees east
 */
public record Premises(String address, String divisionCode, Double latitude, Double longitude) {

	static final Premises NONE = new Premises(null, null, null, null);

}
