package cn.gov.tobacco.identity.token;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What marks an access token as one for the platform's APIs.
 *
 * @param audience the {@code aud} of every access token (the gateway and the services
 * accept only tokens with it); ID tokens keep the client id as their audience
 */
@ConfigurationProperties("identity.access-token")
record AccessTokenSettings(@DefaultValue("tobacco-platform-api") String audience) {

}
