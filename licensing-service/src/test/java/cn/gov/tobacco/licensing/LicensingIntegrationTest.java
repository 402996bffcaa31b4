package cn.gov.tobacco.licensing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Starts the service on a random port against the real PostgreSQL ({@code tobacco_test}),
 * Redis, S3 server and OIDC issuer, with BlockHound watching the event loops.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
@ActiveProfiles("test")
@org.junit.jupiter.api.extension.ExtendWith({ BlockHoundExtension.class, ThirdParties.class })
public @interface LicensingIntegrationTest {

}
