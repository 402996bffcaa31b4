package cn.gov.tobacco.licensing.geocoder;

import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.licensing.api.GeocodingApi;
import cn.gov.tobacco.licensing.api.model.GeocodeResultsDto;
import cn.gov.tobacco.licensing.api.model.GeocodeSuggestionDto;
import cn.gov.tobacco.platform.security.Callers;
import cn.gov.tobacco.platform.security.Role;

/**
 * Places for the premises map. Only retailers fill in premises, so only they may ask (the
 * geocoder is a paid third-party service with its own quota).
 */
@RestController
class GeocodingController implements GeocodingApi {

	private final GeocoderClient geocoder;

	GeocodingController(GeocoderClient geocoder) {
		this.geocoder = geocoder;
	}

	@Override
	public Mono<ResponseEntity<GeocodeResultsDto>> geocodeAddress(String address, ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> Access.check(caller, Role.RETAILER))
			.flatMap((caller) -> this.geocoder.geocode(address.strip()))
			.map((places) -> ResponseEntity.ok()
				.cacheControl(CacheControl.noStore().cachePrivate())
				.body(new GeocodeResultsDto().results(places.stream()
					.map((p) -> new GeocodeSuggestionDto().formattedAddress(p.formattedAddress())
						.divisionCode(p.divisionCode())
						.latitude(p.latitude())
						.longitude(p.longitude())
						.precision(p.precision()))
					.toList())));
	}

}
