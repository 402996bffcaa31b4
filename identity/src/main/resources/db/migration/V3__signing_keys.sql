-- The issuer's RSA signing key, generated on first start and reused afterwards so that
-- tokens and the services' cached JWKS stay valid across restarts of the local issuer.
-- Local/test use only: production signs with Keycloak or the province's platform.

create table signing_keys (
    kid         varchar(100) primary key,
    algorithm   varchar(10)  not null,
    public_key  text         not null, -- X.509 SubjectPublicKeyInfo, base64
    private_key text         not null, -- PKCS#8, base64
    created_at  timestamptz  not null default now()
);
