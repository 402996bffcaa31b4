package cn.gov.tobacco.gateway.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.server.PathContainer;

import static org.assertj.core.api.Assertions.assertThat;

class InternalPathsWebFilterTests {

	@ParameterizedTest
	@CsvSource({ "/api/licensing/internal/credit-events, true", "/api/licensing/internal, true",
			"/api/complaints/internal/anything/else, true", "/api//licensing//internal/credit-events, true",
			"/api/licensing/%69nternal/credit-events, true", "/api/licensing/INTERNAL/credit-events, true",
			"/api/licensing/./internal/credit-events, true", "/api/licensing/x/../internal/credit-events, true",
			"/api/licensing/applications, false", "/api/licensing/internals, false",
			"/api/licensing/applications/internal, false", "/internal, false" })
	void internalEndpointsAreRecognisedHoweverTheyAreSpelled(String path, boolean internal) {
		assertThat(InternalPathsWebFilter.isInternal(PathContainer.parsePath(path))).isEqualTo(internal);
	}

}
