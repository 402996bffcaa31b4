-- Reward bands (举报奖励标准, DESIGN §6): per jurisdiction, category and outcome, with history.
-- Rows are never updated: a new band with a later valid_from supersedes the old one. The band
-- of the nearest jurisdiction above (or at) a case's division applies.
create table reward_bands (
    id                bigserial primary key,
    jurisdiction_code varchar(9)    not null,
    category_code     varchar(50)   not null references categories (code),
    outcome           varchar(20)   not null check (outcome in ('SUBSTANTIATED', 'UNSUBSTANTIATED', 'REFERRED', 'DUPLICATE')),
    min_amount        numeric(12, 2) not null check (min_amount >= 0),
    max_amount        numeric(12, 2) not null,
    valid_from        timestamptz   not null default now(),
    created_by        varchar(100)  not null default 'migration',
    check (max_amount >= min_amount)
);

create index reward_bands_lookup on reward_bands (category_code, outcome, jurisdiction_code, valid_from desc);

-- A starting rule for the demo province (330000) so rewards work out of the box; the bureau's
-- ADMIN replaces it with the published standard.
insert into reward_bands (jurisdiction_code, category_code, outcome, min_amount, max_amount, valid_from)
select '330000', code, 'SUBSTANTIATED', 100, 5000, '2020-01-01' from categories
where code in ('ILLEGAL_SALES', 'COUNTERFEIT', 'SMUGGLED', 'UNLICENSED', 'SALES_TO_MINORS', 'E_CIGARETTE',
               'E_CIGARETTE_TO_MINORS');
