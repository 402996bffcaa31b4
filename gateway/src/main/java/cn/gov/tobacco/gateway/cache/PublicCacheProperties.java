package cn.gov.tobacco.gateway.cache;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The shared cache of anonymous public reads.
 *
 * @param enabled whether the gateway keeps answers at all
 * @param paths path patterns whose anonymous GETs may be answered from the cache; only
 * what a service marks {@code public} with a {@code s-maxage} or {@code max-age} is kept
 * @param maxTtl the longest an answer is kept, whatever the service allows
 * @param maxEntrySize the largest body kept
 * @param maxSize the bodies kept at most, in all
 */
@ConfigurationProperties("gateway.public-cache")
record PublicCacheProperties(@DefaultValue("true") boolean enabled, List<String> paths,
		@DefaultValue("60s") Duration maxTtl, @DefaultValue("256KB") DataSize maxEntrySize,
		@DefaultValue("16MB") DataSize maxSize) {

	PublicCacheProperties {
		paths = (paths != null) ? List.copyOf(paths) : List.of();
	}

}
