// Rules for how the pieces fit: Services and Ingress, metrics, alerts, tracing, and the identity
// provider's contract (the Keycloak realm has the local issuer's roles, clients and claims).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allContainers, configMapsRead, loadOverlay, localIssuerRoles, overlayNames, podLabels } from './lib/overlay.mjs';
import { id } from './lib/render.mjs';
import { selectorMatches } from './lib/workloads.mjs';

// Services created by operators from the custom resources in the overlay.
const OPERATOR_SERVICES = { 'keycloak-service': 'Keycloak' };

for (const name of overlayNames()) {
  const overlay = loadOverlay(name);
  if (overlay.error) continue; // reported once by schema.test.mjs
  const { deployments = [], objects } = overlay;
  const services = overlay.ofKind?.('Service') ?? [];
  const configMaps = overlay.ofKind?.('ConfigMap') ?? [];
  const platformDeployments = deployments.filter((d) => ['api', 'edge'].includes(d.metadata.labels?.['app.kubernetes.io/component']));

  describe(`${name}: services and ingress`, () => {
    for (const s of services) {
      test(`${id(s)} selects a Deployment and a named container port`, () => {
        const target = deployments.find((d) => selectorMatches({ matchLabels: s.spec.selector }, podLabels(d)));
        assert.ok(target, 'selects no Deployment');
        const ports = allContainers(target).flatMap((c) => (c.ports ?? []).map((p) => p.name));
        for (const p of s.spec.ports) {
          if (typeof p.targetPort === 'string') assert.ok(ports.includes(p.targetPort), `targetPort ${p.targetPort} not on ${id(target)}`);
        }
      });
    }
    for (const ing of overlay.ofKind?.('Ingress') ?? []) {
      test(`${id(ing)} serves every host over TLS to an existing Service`, () => {
        const tlsHosts = new Set((ing.spec.tls ?? []).flatMap((t) => t.hosts ?? []));
        for (const rule of ing.spec.rules) {
          assert.ok(tlsHosts.has(rule.host), `${rule.host} has no TLS`);
          for (const path of rule.http.paths) {
            const svc = path.backend.service.name;
            const byOperator = OPERATOR_SERVICES[svc] && objects.some((o) => o.kind === OPERATOR_SERVICES[svc]);
            assert.ok(byOperator || services.some((s) => s.metadata.name === svc), `backend ${svc} does not exist`);
          }
        }
        assert.ok(ing.metadata.annotations?.['cert-manager.io/cluster-issuer'] || ing.metadata.annotations?.['cert-manager.io/issuer'], 'no cert-manager issuer');
      });
    }
    test('exactly one Ingress reaches the gateway', () => {
      const toGateway = (overlay.ofKind?.('Ingress') ?? []).filter((i) => i.spec.rules.some((r) => r.http.paths.some((p) => p.backend.service.name === 'gateway')));
      assert.equal(toGateway.length, 1);
    });
  });

  describe(`${name}: observability`, () => {
    const monitors = overlay.ofKind?.('ServiceMonitor') ?? [];
    for (const d of platformDeployments) {
      test(`${id(d)} is scraped on /actuator/prometheus`, () => {
        const svc = services.find((s) => selectorMatches({ matchLabels: s.spec.selector }, podLabels(d)));
        assert.ok(svc, 'no Service');
        const monitor = monitors.find((m) => selectorMatches(m.spec.selector, svc.metadata.labels ?? {}));
        assert.ok(monitor, `no ServiceMonitor selects Service ${svc.metadata.name}`);
        const ep = monitor.spec.endpoints.find((e) => e.path === '/actuator/prometheus');
        assert.ok(ep && svc.spec.ports.some((p) => p.name === ep.port), 'endpoint path or port does not match the Service');
      });
      test(`${id(d)} logs JSON and exports W3C traces over OTLP`, () => {
        const app = allContainers(d).find((c) => !c.init);
        const env = Object.assign({}, ...configMaps.filter((c) => configMapsRead(app).includes(c.metadata.name)).map((c) => c.data));
        assert.equal(env.LOGGING_STRUCTURED_FORMAT_CONSOLE, 'ecs');
        assert.equal(env.MANAGEMENT_TRACING_PROPAGATION_TYPE, 'W3C');
        assert.match(env.MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT ?? '', /^https?:\/\/.+\/v1\/traces$/);
        assert.ok(env.IDENTITY_ISSUER, 'no IDENTITY_ISSUER');
      });
    }
    test('alert rules cover error rate, p95 latency, overdue complaints and outbox backlog', () => {
      const exprs = (overlay.ofKind?.('PrometheusRule') ?? []).flatMap((r) => r.spec.groups.flatMap((g) => g.rules)).filter((r) => r.alert).map((r) => r.expr);
      const has = (re, what) => assert.ok(exprs.some((e) => re.test(e)), `no alert on ${what}`);
      has(/http_server_requests_seconds_count\{[^}]*status=~"5\.\."/, 'the 5xx error rate');
      has(/histogram_quantile\(0\.95,[\s\S]*http_server_requests_seconds_bucket/, 'p95 latency');
      has(/complaints_cases_overdue/, 'overdue complaints');
      has(/outbox_pending_events/, 'the outbox backlog');
      has(/jobs_failed_total/, 'failing scheduled jobs');
    });
  });

  const realmImport = (overlay.ofKind?.('KeycloakRealmImport') ?? [])[0];
  if (!realmImport) continue;
  const realm = realmImport.spec.realm;
  const client = (clientId) => realm.clients.find((c) => c.clientId === clientId);
  const scope = (scopeName) => realm.clientScopes.find((s) => s.name === scopeName);

  describe(`${name}: Keycloak realm matches the local issuer`, () => {
    test('has every role of the local issuer, and SERVICE', () => {
      const roles = realm.roles.realm.map((r) => r.name);
      const expected = [...localIssuerRoles(), 'SERVICE'];
      assert.ok(expected.length > 5, 'could not read the roles from README.md');
      for (const r of expected) assert.ok(roles.includes(r), `role ${r} missing`);
    });

    test('maps the roles, jurisdiction, permissions and name claims into every client\'s tokens', () => {
      const claims = scope('tobacco-claims').protocolMappers.map((m) => m.config['claim.name'] ?? (m.protocolMapper === 'oidc-full-name-mapper' ? 'name' : undefined));
      for (const c of ['roles', 'jurisdiction', 'permissions', 'name']) assert.ok(claims.includes(c), `claim ${c} not mapped`);
      for (const c of realm.clients) assert.ok(c.defaultClientScopes.includes('tobacco-claims'), `${c.clientId} lacks tobacco-claims`);
      assert.ok(scope('basic').protocolMappers.some((m) => m.protocolMapper === 'oidc-sub-mapper'), 'no sub claim');
    });

    test('gateway: confidential, authorization code with PKCE, back to /login/oauth2/code/identity', () => {
      const c = client('gateway');
      assert.equal(c.publicClient, false);
      assert.equal(c.standardFlowEnabled, true);
      assert.equal(c.attributes['pkce.code.challenge.method'], 'S256');
      assert.ok(c.redirectUris.every((u) => u.endsWith('/login/oauth2/code/identity')));
    });

    // The local issuer's platform-cli is a test client (a public client with a loopback
    // redirect): it has no place in a production realm.
    test('has no platform-cli test client, and no public client with a loopback redirect', () => {
      assert.equal(client('platform-cli'), undefined, 'platform-cli is in the realm');
      for (const c of realm.clients) {
        assert.ok(!(c.redirectUris ?? []).some((u) => /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])/.test(u)), `${c.clientId} redirects to loopback`);
      }
    });

    test('service clients: client credentials, scope internal, role SERVICE', () => {
      for (const clientId of ['licensing-service', 'complaints-hotline']) {
        const c = client(clientId);
        assert.equal(c.serviceAccountsEnabled, true, clientId);
        assert.equal(c.standardFlowEnabled, false, clientId);
        assert.ok(c.defaultClientScopes.includes('internal'), clientId);
        const account = realm.users.find((u) => u.serviceAccountClientId === clientId);
        assert.deepEqual(account?.realmRoles, ['SERVICE'], clientId);
      }
    });

    test('client secrets are placeholders filled from Secrets', () => {
      for (const c of realm.clients.filter((x) => !x.publicClient)) {
        const m = /^\$\{([A-Z_]+)\}$/.exec(c.secret ?? '');
        assert.ok(m, `${c.clientId}: secret is not a placeholder`);
        assert.ok(realmImport.spec.placeholders?.[m[1]]?.secret?.name, `${c.clientId}: placeholder ${m[1]} has no Secret`);
      }
    });

    test('access tokens are typed at+jwt and carry the platform API audience; ID tokens do not', () => {
      for (const c of realm.clients) assert.equal(c.attributes?.['access.token.header.type.rfc9068'], 'true', `${c.clientId}: access tokens not typed at+jwt`);
      const audience = scope('tobacco-claims').protocolMappers.find((m) => m.protocolMapper === 'oidc-audience-mapper');
      assert.equal(audience?.config['included.custom.audience'], 'tobacco-platform-api');
      assert.equal(audience.config['access.token.claim'], 'true');
      assert.equal(audience.config['id.token.claim'], 'false');
    });

    test('brute-force detection slows and temporarily locks repeated failures', () => {
      assert.equal(realm.bruteForceProtected, true);
      assert.equal(realm.permanentLockout, false);
      assert.ok(realm.failureFactor > 0 && realm.failureFactor <= 10);
      assert.ok(realm.waitIncrementSeconds > 0 && realm.maxFailureWaitSeconds >= realm.waitIncrementSeconds);
    });

    test('only administrators can change jurisdiction and permissions', () => {
      const provider = realm.components['org.keycloak.userprofile.UserProfileProvider'][0];
      const profile = JSON.parse(provider.config['kc.user.profile.config'][0]);
      for (const attr of ['jurisdiction', 'permissions']) {
        const a = profile.attributes.find((x) => x.name === attr);
        assert.ok(a, `${attr} not declared in the user profile`);
        assert.deepEqual(a.permissions.edit, ['admin'], `${attr} editable by users`);
      }
    });
  });
}
