-- E-cigarette retail (issue 18): flavoured or refillable e-cigarettes are a category of
-- report of their own, and the e-cigarette categories route with their own deadlines.

insert into categories (code, parent_code, name_zh, name_en, urgent) values
    ('E_CIGARETTE_FLAVOURED', 'E_CIGARETTE', '调味电子烟、可换弹/注油式电子烟',
     'Flavoured or refillable e-cigarettes', false)
on conflict (code) do nothing;

-- A setting matches its category exactly (Deadlines.inForce), so each e-cigarette category
-- gets its rows; E_CIGARETTE_TO_MINORS had REPORT 2 h / 5 working days since V1.
insert into deadline_settings (kind, category_code, acknowledge_hours, answer_working_days, valid_from, created_by) values
    ('REPORT', 'E_CIGARETTE', 24, 10, '2020-01-01', 'migration'),
    ('COMPLAINT', 'E_CIGARETTE', 24, 10, '2020-01-01', 'migration'),
    ('REPORT', 'E_CIGARETTE_FLAVOURED', 12, 7, '2020-01-01', 'migration'),
    ('COMPLAINT', 'E_CIGARETTE_FLAVOURED', 12, 7, '2020-01-01', 'migration'),
    ('COMPLAINT', 'E_CIGARETTE_TO_MINORS', 2, 5, '2020-01-01', 'migration');
