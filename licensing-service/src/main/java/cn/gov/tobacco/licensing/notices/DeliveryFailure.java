package cn.gov.tobacco.licensing.notices;

import java.util.concurrent.TimeoutException;

import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * Why a notice was not delivered, in words staff can read: never an exception class, host
 * or port (those go to the log).
 */
final class DeliveryFailure {

	private DeliveryFailure() {
	}

	static String describe(Throwable ex) {
		if (ex instanceof WebClientResponseException response) {
			int status = response.getStatusCode().value();
			return response.getStatusCode().is4xxClientError()
					? "短信网关拒收（" + status + "），请核对手机号码 · The SMS gateway refused it (" + status
							+ "); check the mobile number"
					: "短信网关出错（" + status + "），系统会自动重试 · The SMS gateway failed (" + status + "); retried automatically";
		}
		if (ex instanceof TimeoutException) {
			return "短信网关未及时响应，系统会自动重试 · The SMS gateway did not answer in time; retried automatically";
		}
		return "短信网关暂不可用，系统会自动重试 · The SMS gateway is unavailable; retried automatically";
	}

}
