-- The issuer connects as identity_app (IDENTITY_DB_USER); Flyway runs as the schema owner
-- (IDENTITY_FLYWAY_USER). The app role reads accounts but cannot change them (accounts come
-- from migrations or an administrator's tooling), keeps OAuth2 authorizations and consents,
-- registers its configured clients at start, and adds signing keys but never rewrites one.
-- In production give identity_app a password; local machines use trust authentication.
do $$
begin
    if not exists (select from pg_roles where rolname = 'identity_app') then
        create role identity_app login;
    end if;
end
$$;

grant usage on schema ${flyway:defaultSchema} to identity_app;
grant select on roles, permissions, users, user_roles, user_permissions to identity_app;
grant select, insert, update, delete on oauth2_registered_client, oauth2_authorization,
    oauth2_authorization_consent to identity_app;
grant select, insert on signing_keys to identity_app;
-- Flyway validates at start with the app role: a schema newer than the build is refused.
grant select on flyway_schema_history to identity_app;
