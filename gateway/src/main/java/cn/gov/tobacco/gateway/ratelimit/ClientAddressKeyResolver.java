package cn.gov.tobacco.gateway.ratelimit;

import java.net.InetSocketAddress;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Limits by client IP address. Behind a proxy, the address is the client's only when the
 * server trusts the proxy's forwarded headers ({@code server.forward-headers-strategy}).
 */
@Component("clientAddressKeyResolver")
class ClientAddressKeyResolver implements KeyResolver {

	@Override
	public Mono<String> resolve(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		if (remote == null) {
			return Mono.empty();
		}
		return Mono.just((remote.getAddress() != null) ? remote.getAddress().getHostAddress() : remote.getHostString());
	}

}
