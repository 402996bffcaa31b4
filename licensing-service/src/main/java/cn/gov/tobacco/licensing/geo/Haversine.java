package cn.gov.tobacco.licensing.geo;

/**
 * Great-circle distance (haversine, mean Earth radius 6 371 008.8 m), in Java and as a
 * SQL expression over {@code latitude}/{@code longitude} columns and
 * {@code :lat}/{@code :lon}.
 */
public final class Haversine {

	static final double EARTH_RADIUS_M = 6_371_008.8;

	/** Metres from the row's coordinates to {@code (:lat, :lon)}. */
	public static final String SQL = "(2 * 6371008.8 * asin(sqrt(power(sin(radians(latitude - :lat) / 2), 2) "
			+ "+ cos(radians(:lat)) * cos(radians(latitude)) * power(sin(radians(longitude - :lon) / 2), 2))))";

	private Haversine() {
	}

	public static double metres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(a));
	}

}
